namespace Responsibility.Api.Pages;

using Responsibility.Api.Instructions;

/// <summary>Instructions as a page lists them (partial _Instructions): <see cref="Empty"/> says so when there are none.</summary>
public sealed record InstructionList(InstructionResponse[] Items, string Empty, bool ShowUnit = true);
