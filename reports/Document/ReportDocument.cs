namespace Responsibility.Reports.Document;

/// <summary>
/// A 公文 (official document) laid out as GB/T 9704-2012 expects: title, optional 文号/签发人 and 主送, a body of
/// blocks, then the issuer (落款) and the date (成文日期). Every renderer (Markdown, HTML, DOCX) reads this model.
/// </summary>
public sealed record ReportDocument(
    string[] TitleLines,
    string? DocumentNumber,
    string? Signer,
    string? Recipient,
    IReadOnlyList<Block> Body,
    string Issuer,
    DateOnly Date)
{
    /// <summary>
    /// 发文机关标志 (the issuer's mark, in red above the 文号 and a red separator line), for documents that carry one such as a
    /// 通报; with it the 文号 stands under the mark, before the title. Empty: none.
    /// </summary>
    public string[] Masthead { get; init; } = [];
}
