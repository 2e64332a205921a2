namespace Responsibility.Reports.Tests;

using Responsibility.Reports.Document;

/// <summary>Text an older version may have stored in a note, a title or a name: markup, links, control characters.</summary>
internal static class HostileText
{
    /// <summary>Notes that would be markup if written into Markdown raw; each survives as the literal text shown.</summary>
    public static readonly string[] MarkupNotes =
    [
        "<script>alert(1)</script>已整改",
        "<img src=x onerror=alert(1)>",
        "详见[通报](javascript:alert(1))和![图](http://x.example/y.png)",
        "javascript:alert(document.cookie)",
        "## 伪造的标题",
        "- 伪造的列表项",
        "+ 另一种列表",
        "> 伪造的引用",
        "1. 伪造的编号",
        "2) 另一种编号",
        "| 单位 | 数量 |",
        "|---|---|",
        "`代码`和```围栏",
        "~~~",
        "***",
        "===",
        "**加粗**、_斜体_、~~删除~~",
        "&lt;b&gt; &#60;i&#62; &amp; &copy;",
        "https://evil.example.com、www.evil.example.com、user@evil.example.com",
        "<https://evil.example.com>",
        "[ref]: https://evil.example.com",
        "[^1]: 脚注",
        "\\*反斜杠\\*",
        "#标签 #另一个",
    ];

    /// <summary>A note of several lines whose later lines would start blocks of their own.</summary>
    public const string MultiLineNote = "第一行正常\n## 第二行像标题\n- 第三行像列表\n    第四行缩进像代码\n> 第五行像引用";

    /// <summary>What Word pastes and old clients stored: vertical tab, form feed, other controls, broken surrogates.</summary>
    public const string ControlNote = "第一行\v第二行\f第三页\u0001\u0008\u001B[31m\u007F\u0085\uFFFF\uFFFE\uD800孤立\uDC00代理\t制表\r\n换行\r回车";

    public static ReportDocument Document(string note, string? title = null) => SampleReport.Create() with
    {
        TitleLines = ["中共淄博市公安局交通警察支队", title ?? "淄川大队总支部委员会", "报告"],
        Body =
        [
            new Heading(1, "滞后任务"),
            new Paragraph(note),
            new Paragraph(note, RunIn: "任务" + note),
            new Table("表1", ["单位", "进展"], [["法制室", note], [note, "80.0%"]]),
            new BarChart("图1", [new ChartBar(note, 0.5, 0.6, Grains.Abstractions.Tasks.ProgressStatus.Yellow)], "完成进度", "序时进度"),
        ],
    };
}
