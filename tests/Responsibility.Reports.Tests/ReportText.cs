namespace Responsibility.Reports.Tests;

using Responsibility.Reports.Document;

/// <summary>A laid-out report's body as the lines a reader sees: headings, and paragraphs with their run-in heading.</summary>
internal static class ReportText
{
    public static List<string> Lines(ReportDocument document) => document.Body.Select(block => block switch
    {
        Heading h => h.Text,
        Paragraph { RunIn: { } runIn } p => $"{runIn}|{p.Text}",
        Paragraph p => p.Text,
        NameList n => $"{n.Label}：{string.Join("、", n.Names)}",
        Table t => string.Join("\n", t.Rows.Select(r => string.Join("|", r))),
        _ => "",
    }).ToList();

    public static string All(ReportDocument document) => string.Join("\n", Lines(document));
}
