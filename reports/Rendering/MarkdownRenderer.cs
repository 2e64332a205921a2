namespace Responsibility.Reports.Rendering;

using System.Text;
using Responsibility.Reports.Document;

/// <summary>Renders a 公文 as GitHub-flavoured Markdown (for previews and the web UI).</summary>
public static class MarkdownRenderer
{
    public static string Render(ReportDocument document)
    {
        var md = new StringBuilder();
        foreach (var line in document.TitleLines)
        {
            md.Append("# ").AppendLine(line);
        }

        md.AppendLine();
        var header = string.Join("　　", new[]
        {
            document.DocumentNumber,
            document.Signer is null ? null : $"签发人：{document.Signer}",
        }.Where(part => part is not null));
        if (header.Length > 0)
        {
            md.AppendLine(header).AppendLine();
        }

        if (document.Recipient is not null)
        {
            md.AppendLine(TextRules.Recipient(document.Recipient)).AppendLine();
        }

        var numbering = new Numbering();
        foreach (var block in document.Body)
        {
            AppendBlock(md, block, numbering);
            md.AppendLine();
        }

        // Plain lines joined by hard breaks (two trailing spaces): Markdown has no right alignment.
        foreach (var line in TextRules.IssuerLines(document.Issuer))
        {
            md.Append(line).AppendLine("  ");
        }

        md.AppendLine(ChineseNumbers.Date(document.Date));
        return md.ToString();
    }

    private static void AppendBlock(StringBuilder md, Block block, Numbering numbering)
    {
        switch (block)
        {
            case Heading h:
                var title = numbering.Next(h.Level) + h.Text;
                md.AppendLine(h.Level switch { 1 => $"## {title}", 2 => $"### {title}", _ => $"**{title}**" });
                break;
            case Paragraph p when p.RunIn is not null:
                md.AppendLine($"**{numbering.Next(p.RunInLevel)}{TextRules.RunIn(p.RunIn)}**{p.Text}");
                break;
            case Paragraph p:
                md.AppendLine(p.Text);
                break;
            case Table t:
                AppendTable(md, t.Caption, t.Headers, t.Rows);
                break;
            case BarChart c:
                AppendTable(md, c.Title, ChartTable.Headers(c), ChartTable.Rows(c));
                break;
        }
    }

    private static void AppendTable(StringBuilder md, string? caption, string[] headers, string[][] rows)
    {
        if (caption is not null)
        {
            md.AppendLine($"**{caption}**").AppendLine();
        }

        md.AppendLine(Row(headers));
        md.AppendLine(Row(headers.Select(_ => "---")));
        foreach (var row in rows)
        {
            md.AppendLine(Row(row));
        }
    }

    private static string Row(IEnumerable<string> cells) =>
        "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|").Replace("\n", "<br>"))) + " |";
}
