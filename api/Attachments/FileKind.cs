namespace Responsibility.Api.Attachments;

/// <summary>
/// A kind of file accepted as evidence: the content type it is served with, the extensions its name may end in, and
/// what people call it on the pages.
/// </summary>
public sealed record FileKind(string ContentType, string[] Extensions, string Name)
{
    public static readonly FileKind Pdf = new("application/pdf", [".pdf"], "PDF 文件");
    public static readonly FileKind Png = new("image/png", [".png"], "图片");
    public static readonly FileKind Jpeg = new("image/jpeg", [".jpg", ".jpeg"], "图片");
    public static readonly FileKind Docx = new(Reports.ReportFormat.DocxContentType, [".docx"], "Word 文档");
    public static readonly FileKind Xlsx = new(Ledger.LedgerDownload.ContentType, [".xlsx"], "Excel 表格");

    private static readonly FileKind[] All = [Pdf, Png, Jpeg, Docx, Xlsx];

    public static string[] ContentTypes => [.. All.Select(k => k.ContentType)];

    /// <summary>The kind a stored file was read as; null for a content type no upload is given.</summary>
    public static FileKind? Of(string contentType) => Array.Find(All, k => k.ContentType == contentType);
}
