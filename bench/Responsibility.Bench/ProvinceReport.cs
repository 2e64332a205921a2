namespace Responsibility.Bench;

/// <summary>One report of the month-end burst: a task, its unit head's token and the body they send.</summary>
public sealed record ProvinceReport(string TaskId, string Token, byte[] Body);
