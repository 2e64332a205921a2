namespace Responsibility.Api.Pages;

/// <summary>What the problem page shows when a request is refused or names something that does not exist.</summary>
public sealed record PageProblem(int Status, string Title, string Message);
