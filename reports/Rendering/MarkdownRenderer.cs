namespace Responsibility.Reports.Rendering;

using System.Text;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;
using Responsibility.Reports.Rendering.Markdown;

/// <summary>
/// Renders a 公文 as GitHub-flavoured Markdown (for previews and the web UI). The markup is the renderer's own: every
/// piece of document text is written through <see cref="MarkdownText"/> and stays literal.
/// </summary>
public static class MarkdownRenderer
{
    public static string Render(ReportDocument document)
    {
        var md = new StringBuilder();
        if (document.Masthead.Length > 0)
        {
            foreach (var line in document.Masthead)
            {
                md.Append("# ").AppendLine(MarkdownText.Line(line));
            }

            md.AppendLine();
            if (document.DocumentNumber is not null)
            {
                md.AppendLine(MarkdownText.Block(document.DocumentNumber)).AppendLine();
            }

            md.AppendLine("---").AppendLine();
            document = document with { DocumentNumber = null };
        }

        foreach (var line in document.TitleLines)
        {
            md.Append("# ").AppendLine(MarkdownText.Line(line));
        }

        md.AppendLine();
        var header = string.Join("　　", new[]
        {
            document.DocumentNumber,
            document.Signer is null ? null : $"签发人：{document.Signer}",
        }.Where(part => part is not null));
        if (header.Length > 0)
        {
            md.AppendLine(MarkdownText.Block(header)).AppendLine();
        }

        if (document.Recipient is not null)
        {
            md.AppendLine(MarkdownText.Block(TextRules.Recipient(document.Recipient))).AppendLine();
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
            md.Append(MarkdownText.Block(line)).AppendLine("  ");
        }

        md.AppendLine(ChineseNumbers.Date(document.Date));
        return md.ToString();
    }

    private static void AppendBlock(StringBuilder md, Block block, Numbering numbering)
    {
        switch (block)
        {
            case Heading h:
                var title = numbering.Next(h.Level) + MarkdownText.Line(h.Text);
                md.AppendLine(h.Level switch { 1 => $"## {title}", 2 => $"### {title}", _ => $"**{title}**" });
                break;
            case Paragraph p when p.RunIn is not null:
                md.AppendLine(RunIn(numbering.Next(p.RunInLevel), p.RunIn) + MarkdownText.Block(p.Text));
                break;
            case Paragraph p:
                md.AppendLine(MarkdownText.Block(p.Text));
                break;
            case NameList n:
                // "**参会人员**：": CommonMark does not close "**" between a colon and a letter.
                md.AppendLine($"**{MarkdownText.Line(n.Label)}**：{MarkdownText.Line(string.Join("、", n.Names))}");
                break;
            case Table t:
                AppendTable(md, t.Caption, t.Headers, t.Rows);
                break;
            case BarChart c:
                AppendTable(md, c.Title, ChartTable.Headers(c), ChartTable.Rows(c));
                break;
        }
    }

    /// <summary>
    /// A bold run-in heading with its closing punctuation after the bold: "**（一）标题**。正文". CommonMark does not
    /// close "**" between a punctuation mark and a letter, so "**（一）标题。**正文" would show its asterisks.
    /// </summary>
    private static string RunIn(string number, string heading)
    {
        var text = TextRules.RunIn(SafeText.OneLine(heading).Trim());
        return $"**{number}{MarkdownText.Line(text[..^1])}**{MarkdownText.Line(text[^1..])}";
    }

    private static void AppendTable(StringBuilder md, string? caption, string[] headers, string[][] rows)
    {
        if (caption is not null)
        {
            md.AppendLine($"**{MarkdownText.Line(caption)}**").AppendLine();
        }

        md.AppendLine(Row(headers));
        md.AppendLine(Row(headers.Select(_ => "---")));
        foreach (var row in rows)
        {
            md.AppendLine(Row(row));
        }
    }

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(MarkdownText.Line)) + " |";
}
