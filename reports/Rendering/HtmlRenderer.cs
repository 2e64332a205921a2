namespace Responsibility.Reports.Rendering;

using System.Globalization;
using System.Net;
using System.Text;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;
using Responsibility.Reports.Rendering.Docx;
using Responsibility.Reports.Rendering.Html;

/// <summary>
/// Renders a 公文 as one self-contained, printable HTML5 page, charts as inline SVG. Served for viewing, it carries a
/// <see cref="HtmlToolbar"/> and that toolbar's one script file; otherwise no scripts and no external assets.
/// </summary>
public static class HtmlRenderer
{
    public static string Render(ReportDocument document, HtmlToolbar? toolbar = null)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"zh-CN\">");
        html.AppendLine("<head>");
        html.AppendLine("<meta charset=\"utf-8\">");
        html.AppendLine($"<title>{E(string.Concat(document.TitleLines))}</title>");
        html.AppendLine("<style>").AppendLine(HtmlStyles.Css).AppendLine("</style>");
        html.AppendLine("</head>");
        html.AppendLine("<body>");
        if (toolbar is not null)
        {
            AppendToolbar(html, toolbar);
        }

        if (document.Masthead.Length > 0)
        {
            html.AppendLine($"<p class=\"masthead\">{string.Join("<br>", document.Masthead.Select(E))}</p>");
            html.AppendLine($"<p class=\"masthead-number\">{E(document.DocumentNumber ?? "")}</p>");
            html.AppendLine($"<h1 class=\"title\">{string.Join("<br>", document.TitleLines.Select(E))}</h1>");
            AppendHeader(html, document with { DocumentNumber = null });
        }
        else
        {
            html.AppendLine($"<h1 class=\"title\">{string.Join("<br>", document.TitleLines.Select(E))}</h1>");
            AppendHeader(html, document);
        }
        var numbering = new Numbering();
        foreach (var block in document.Body)
        {
            AppendBlock(html, block, numbering);
        }

        AppendClosing(html, document);
        html.AppendLine("</body>");
        html.AppendLine("</html>");
        return html.ToString();
    }

    private static void AppendToolbar(StringBuilder html, HtmlToolbar toolbar)
    {
        html.AppendLine("<nav class=\"toolbar\" aria-label=\"报告操作\">");
        html.AppendLine($"<a href=\"{A(toolbar.BackHref)}\" data-action=\"back\">返回</a>");
        html.AppendLine("<button type=\"button\" data-action=\"print\" hidden=\"\">打印</button>");
        html.AppendLine($"<a href=\"{A(toolbar.WordHref)}\" download=\"\">下载 Word</a>");
        html.AppendLine("</nav>");
        html.AppendLine($"<script src=\"{A(toolbar.ScriptHref)}\" defer></script>");
    }

    private static void AppendHeader(StringBuilder html, ReportDocument document)
    {
        if (document.DocumentNumber is not null || document.Signer is not null)
        {
            var signer = document.Signer is null
                ? ""
                : $"<span>签发人：<span class=\"signer-name\">{E(document.Signer)}</span></span>";
            html.AppendLine($"<p class=\"docno\"><span>{E(document.DocumentNumber ?? "")}</span>{signer}</p>");
        }

        if (document.Recipient is not null)
        {
            html.AppendLine($"<p class=\"recipient\">{E(TextRules.Recipient(document.Recipient))}</p>");
        }
    }

    private static void AppendBlock(StringBuilder html, Block block, Numbering numbering)
    {
        switch (block)
        {
            case Heading h:
                var tag = $"h{Math.Clamp(h.Level, 1, 4) + 1}";
                html.AppendLine($"<{tag}>{E(numbering.Next(h.Level) + h.Text)}</{tag}>");
                break;
            case Paragraph p when p.RunIn is not null:
                var runIn = numbering.Next(p.RunInLevel) + TextRules.RunIn(p.RunIn);
                var level = Math.Clamp(p.RunInLevel, 1, 4);
                html.AppendLine($"<p><span class=\"l{level}\">{E(runIn)}</span>{Lines(p.Text)}</p>");
                break;
            case Paragraph p:
                html.AppendLine($"<p>{Lines(p.Text)}</p>");
                break;
            case NameList n:
                AppendNames(html, n);
                break;
            case Table t:
                AppendTable(html, t);
                break;
            case BarChart c:
                // 图题 goes under the figure, 表题 over the table.
                html.AppendLine("<figure class=\"chart\">").AppendLine(SvgBarChart.Render(c));
                html.AppendLine($"<figcaption>{E(c.Title)}</figcaption></figure>");
                break;
        }
    }

    /// <summary>The label in 黑体 two characters in, later lines under the first name, each name kept on one line.</summary>
    private static void AppendNames(StringBuilder html, NameList list)
    {
        var label = E(list.Label) + "：";
        var hanging = Em(TextRules.EmWidth(SafeText.OneLine(list.Label) + "："));
        var names = string.Join("、", list.Names.Select(n => $"<span class=\"name\">{E(n)}</span>"));
        html.AppendLine($"<p class=\"names\" style=\"padding-left:calc(2em + {hanging});text-indent:-{hanging}\"><span class=\"l1\">{label}</span>{names}</p>");
    }

    private static void AppendTable(StringBuilder html, Table table)
    {
        html.AppendLine("<figure class=\"table\">");
        if (table.Caption is not null)
        {
            html.AppendLine($"<figcaption>{E(table.Caption)}</figcaption>");
        }

        html.Append("<table><thead><tr>");
        foreach (var header in table.Headers)
        {
            html.Append($"<th>{E(header)}</th>");
        }

        html.AppendLine("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.AppendLine($"<tr>{string.Concat(row.Select(Cell))}</tr>");
        }

        html.AppendLine("</tbody></table></figure>");
    }

    /// <summary>A cell; a short one (a figure, a unit's name) marked to stay on one line, as in Word.</summary>
    private static string Cell(string cell) =>
        ColumnWidths.StaysOnOneLine(cell) ? $"<td class=\"nowrap\">{E(cell)}</td>" : $"<td>{E(cell)}</td>";

    private static void AppendClosing(StringBuilder html, ReportDocument document)
    {
        var date = ChineseNumbers.Date(document.Date);
        html.AppendLine("<div class=\"closing\">");
        foreach (var line in TextRules.IssuerLines(document.Issuer))
        {
            html.AppendLine($"<p style=\"padding-right:{Em(TextRules.IssuerRightIndent(line, date))}\">{E(line)}</p>");
        }

        html.AppendLine($"<p class=\"date\" style=\"padding-right:{Em(TextRules.DateRightIndent)}\">{date}</p>");
        html.AppendLine("</div>");
    }

    private static string Em(double em) => em.ToString("0.##", CultureInfo.InvariantCulture) + "em";

    /// <summary>A link for an attribute: encoded, so a quote or an ampersand in it stays part of it.</summary>
    private static string A(string href) => WebUtility.HtmlEncode(SafeText.OneLine(href));

    /// <summary>Text on one line, encoded; control characters dropped (<see cref="SafeText"/>).</summary>
    private static string E(string text) => WebUtility.HtmlEncode(SafeText.OneLine(text));

    /// <summary>A paragraph's text, encoded, its line breaks kept as <c>&lt;br&gt;</c>.</summary>
    private static string Lines(string text) =>
        string.Join("<br>", SafeText.Clean(text).Split('\n').Select(WebUtility.HtmlEncode));
}
