namespace Responsibility.Api.Attachments;

/// <summary>A kind of file accepted as evidence: the content type it is served with and the extensions its name may end in.</summary>
public sealed record FileKind(string ContentType, string[] Extensions)
{
    public static readonly FileKind Pdf = new("application/pdf", [".pdf"]);
    public static readonly FileKind Png = new("image/png", [".png"]);
    public static readonly FileKind Jpeg = new("image/jpeg", [".jpg", ".jpeg"]);
    public static readonly FileKind Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly FileKind Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);
}
