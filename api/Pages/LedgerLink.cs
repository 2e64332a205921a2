namespace Responsibility.Api.Pages;

/// <summary>The 台账 download a page offers (partial _LedgerLink).</summary>
public sealed record LedgerLink(string BrigadeId, int Year);
