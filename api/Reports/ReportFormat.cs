namespace Responsibility.Api.Reports;

using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Responsibility.Reports.Document;
using Responsibility.Reports.Rendering;

/// <summary>
/// The renderings of one report snapshot: json (the snapshot itself), md, html and docx. The html is for viewing: it
/// carries a toolbar back to <c>backPath</c>, to print, and to download the same document as Word.
/// </summary>
public static class ReportFormat
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The toolbar's script (wwwroot): the content security policy allows the site's own script files only.</summary>
    public const string ToolbarScript = "/js/report-view.js";

    public static readonly string[] All = ["json", "md", "html", "docx"];

    public static IResult Render(string? format, object snapshot, ReportDocument document, string fileName, HttpRequest request, string backPath) => format switch
    {
        null or "json" => TypedResults.Ok(snapshot),
        "md" => TypedResults.Text(MarkdownRenderer.Render(document), "text/markdown; charset=utf-8", Encoding.UTF8),
        "html" => TypedResults.Text(HtmlRenderer.Render(document, Toolbar(request, backPath)), "text/html; charset=utf-8", Encoding.UTF8),
        _ => TypedResults.File(
            DocxRenderer.Render(document),
            DocxContentType,
            fileName + ".docx"),
    };

    /// <summary>下载 Word asks for what this request asked for (version, preview, asOf, 文号…), as docx.</summary>
    private static HtmlToolbar Toolbar(HttpRequest request, string backPath)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query["format"] = "docx";
        return new HtmlToolbar(
            request.PathBase + backPath,
            request.PathBase + request.Path + QueryString.Create(query),
            request.PathBase + ToolbarScript);
    }
}
