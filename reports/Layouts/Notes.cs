namespace Responsibility.Reports.Layouts;

using System.Text.RegularExpressions;
using Responsibility.Reports.Rendering;

/// <summary>How a report quotes a progress note: its first sentence, cut at a readable length with "……".</summary>
public static partial class Notes
{
    public const int MaxLength = 60;

    private const string SentenceEnds = "。！？；!?;";

    /// <summary>
    /// The note's first sentence without its closing mark (the caller ends the sentence), at most
    /// <see cref="MaxLength"/> characters and then "……"; null when the note says nothing.
    /// </summary>
    public static string? Summary(string? note)
    {
        if (note is null)
        {
            return null;
        }

        var text = Blanks().Replace(SafeText.OneLine(note), " ").Trim();
        var end = text.IndexOfAny(SentenceEnds.ToCharArray());
        var sentence = (end >= 0 ? text[..end] : text).TrimEnd('，', '、', '：', ',', ':', ' ');
        if (sentence.Length > MaxLength)
        {
            var cut = char.IsHighSurrogate(sentence[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            sentence = sentence[..cut].TrimEnd('，', '、', '：', ',', ':', ' ') + "……";
        }

        return sentence.Length > 0 ? sentence : null;
    }

    /// <summary>The summary as a sentence after <paramref name="lead"/> ("主要情况："), or "" when there is none.</summary>
    public static string Sentence(string? note, string lead = "") => Summary(note) is { } summary
        ? lead + summary + (summary.EndsWith("……", StringComparison.Ordinal) ? "" : "。")
        : "";

    /// <summary>
    /// The line a reader's copy carries where details were left out for their scope (SPEC §3), e.g. "按查看权限，2项任务的
    /// 最新进展说明未予显示。"; none when nothing was.
    /// </summary>
    public static IEnumerable<Document.Paragraph> Withheld(int count, string what)
    {
        if (count > 0)
        {
            yield return new Document.Paragraph($"按查看权限，{count}{what}未予显示。");
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanks();
}
