namespace Responsibility.Grains.Abstractions.Reports;

/// <summary>Who issues a report and to whom: copied from the brigade settings when the report is made.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ReportHeader")]
public sealed record ReportHeader(
    string BrigadeId,
    string BrigadeName,
    string PartyOrgName,
    string DetachmentName,
    string? Recipient,
    string? FirstResponsibleName,
    string TimeZone);
