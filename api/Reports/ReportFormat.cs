namespace Responsibility.Api.Reports;

using System.Text;
using Responsibility.Reports.Document;
using Responsibility.Reports.Rendering;

/// <summary>The renderings of one report snapshot: json (the snapshot itself), md, html and docx.</summary>
public static class ReportFormat
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static readonly string[] All = ["json", "md", "html", "docx"];

    public static IResult Render(string? format, object snapshot, ReportDocument document, string fileName) => format switch
    {
        null or "json" => TypedResults.Ok(snapshot),
        "md" => TypedResults.Text(MarkdownRenderer.Render(document), "text/markdown; charset=utf-8", Encoding.UTF8),
        "html" => TypedResults.Text(HtmlRenderer.Render(document), "text/html; charset=utf-8", Encoding.UTF8),
        _ => TypedResults.File(
            DocxRenderer.Render(document),
            DocxContentType,
            fileName + ".docx"),
    };
}
