namespace Responsibility.Reports.Layouts;

using System.Text.RegularExpressions;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Reports.Document;

/// <summary>
/// Lays out a 通报 in the reports' 公文 frame (GB/T 9704): its issuer's (the brigade's, or a 支队's) 发文机关标志 with the number under it
/// (〔2026〕第3期; a draft is marked 征求意见稿 instead), the title, the body, then the brigade and the date. The body is the
/// 通报's plain text, one paragraph a line; a short line "一、…" or "（一）…" is a heading, numbered by the renderer.
/// </summary>
public static partial class BulletinLayout
{
    /// <summary>What a draft shows where an issued 通报 has its number.</summary>
    public const string DraftMark = "（征求意见稿）";

    public static ReportDocument Build(Bulletin bulletin, BrigadeSettings brigade) => Build(bulletin, Issuer(brigade));

    /// <summary>The 通报 under <paramref name="issuer"/> as it signs: a brigade's <see cref="Issuer(BrigadeSettings)"/>, a 支队's name.</summary>
    public static ReportDocument Build(Bulletin bulletin, string issuer)
    {
        var body = Blocks(bulletin.Body).ToList();
        if (body.Count == 0)
        {
            body.Add(new Paragraph("（正文待填写）"));
        }

        var date = bulletin.IssuedOn ?? DateOnly.FromDateTime(bulletin.DraftedAt.UtcDateTime);
        return new ReportDocument(
            [bulletin.Title], bulletin.NumberText ?? DraftMark, Signer: null, Recipient: null, body, issuer, date)
        {
            Masthead = [issuer + "通报"],
        };
    }

    /// <summary>"淄川大队〔2026〕第3期 关于…的通报", or the draft's title marked as a draft.</summary>
    public static string FileName(Bulletin bulletin) =>
        bulletin.NumberText is { } number ? $"{number} {bulletin.Title}" : $"{bulletin.Title}{DraftMark}";

    /// <summary>The brigade as it signs a 通报: its name under the detachment's unless the name already says it.</summary>
    public static string Issuer(BrigadeSettings brigade) =>
        brigade.Name.StartsWith(brigade.DetachmentName, StringComparison.Ordinal) ? brigade.Name : brigade.DetachmentName + brigade.Name;

    /// <summary>Each line of the text a block: a short line numbered 一、 a level-1 heading, （一） a level-2 one, else a paragraph.</summary>
    public static IEnumerable<Block> Blocks(string text)
    {
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var first = FirstLevel().Match(line);
            var second = SecondLevel().Match(line);
            yield return first.Success ? new Heading(1, first.Groups[1].Value)
                : second.Success ? new Heading(2, second.Groups[1].Value)
                : new Paragraph(line);
        }
    }

    [GeneratedRegex(@"^[一二三四五六七八九十]+、\s*([^。；;！？]{1,40})$")]
    private static partial Regex FirstLevel();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]\s*([^。；;！？]{1,40})$")]
    private static partial Regex SecondLevel();
}
