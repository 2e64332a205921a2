namespace Responsibility.Reports.Layouts;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;

/// <summary>
/// Lays out a 党风廉政建设责任书 in the reports' 公文 frame: the parties and the period, why it is signed, the 责任内容 by
/// line of 一岗双责 (each item with its 工作要求, how often or by when, and the evidence kept), 考核与责任追究, and the
/// signature block, dated once signed.
/// </summary>
public static class PledgeLayout
{
    /// <summary>Where the date is written by hand: a visible line in every format (Markdown would fold blank spaces).</summary>
    private const string Blank = "＿＿＿＿年＿＿月＿＿日";

    public static ReportDocument Build(PledgeContent p)
    {
        var body = new List<Block>
        {
            new NameList("甲方", [p.PartyA.ToString()]),
            new NameList("乙方", [p.PartyB.ToString()]),
            new NameList("责任期限", [$"{p.Year}年1月1日至{p.Year}年12月31日"]),
            new Paragraph(Opening(p)),
            new Heading(1, "责任内容"),
        };
        body.AddRange(Content(p));
        body.Add(new Heading(1, "考核与责任追究"));
        body.AddRange(Accountability(p).Select(t => new Paragraph(t)));
        body.Add(new Heading(1, "其他"));
        body.Add(new Paragraph($"本责任书一式两份，甲乙双方各执一份，自签订之日起生效，有效期至{p.Year}年12月31日。"));
        body.Add(new NameList("甲方（签字）", [p.PartyA.Signer]));
        body.Add(new NameList("乙方（签字）", [p.PartyB.Signer]));
        body.Add(new NameList("签订日期", [p.SignedOn is { } signed ? ChineseNumbers.Date(signed) : Blank]));
        return new ReportDocument(
            [p.BrigadeName, Title(p)], DocumentNumber: null, Signer: null, Recipient: null, body, p.PartyOrgName, p.SignedOn ?? p.IssuedOn);
    }

    /// <summary>"2026年度党风廉政建设责任书"; one that holds business items too is the "一岗双责" 责任书.</summary>
    public static string Title(PledgeContent p) =>
        p.Items.Any(i => i.DutyLine == DutyLine.Business) ? $"{p.Year}年度党风廉政建设“一岗双责”责任书" : $"{p.Year}年度党风廉政建设责任书";

    public static string FileName(PledgeContent p) => $"{p.BrigadeName}{Title(p)}（{p.PartyA.Signer}—{p.PartyB.Signer}）";

    private static string Opening(PledgeContent p)
    {
        var role = p.PartyB.IsUnit
            ? "乙方作为本单位党风廉政建设的直接责任人，对职责范围内的党风廉政建设和业务工作负直接领导责任"
            : "乙方作为领导班子成员，对分管范围内的党风廉政建设和业务工作负主要领导责任";
        return $"为深入推进全面从严治党，落实党风廉政建设主体责任和“一岗双责”，根据《关于实行党风廉政建设责任制的规定》，"
            + $"结合{p.BrigadeName}工作实际，甲乙双方签订本责任书。{role}，做到业务工作与党风廉政建设同部署、同落实、同检查、同考核。";
    }

    /// <summary>The items by line, business first; within a line in the 清单's order, each a numbered item of its own.</summary>
    private static IEnumerable<Block> Content(PledgeContent p)
    {
        if (p.Items.Count == 0)
        {
            yield return new Paragraph("本年度责任清单尚未向乙方分配责任事项，分配后本责任书随之补充。");
            yield break;
        }

        foreach (var line in new[] { DutyLine.Business, DutyLine.Accountability })
        {
            var items = p.Items.Where(i => i.DutyLine == line).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            yield return new Heading(2, line == DutyLine.Business ? "业务工作" : "党风廉政建设");
            foreach (var item in items)
            {
                yield return new Paragraph(Item(item), RunIn: item.Title, RunInLevel: 3);
            }
        }
    }

    private static string Item(DutyItem item)
    {
        var parts = new List<string>();
        if (Clause(item.Requirement) is { } requirement)
        {
            parts.Add(requirement);
        }

        parts.Add(item.Cadence == Cadence.Once && item.DueDate is { } due
            ? $"完成时限：{ChineseNumbers.Date(due)}前"
            : $"履责频次：{DutyText.CadenceName(item.Cadence)}一次");
        if (Clause(item.Evidence) is { } evidence)
        {
            parts.Add($"佐证材料：{evidence}");
        }

        return string.Join("；", parts) + "。";
    }

    private static string[] Accountability(PledgeContent p) =>
    [
        $"甲方对乙方履行本责任书情况进行经常性检查，结合季度考核、年度述责述廉和民主测评进行考核，考核结果作为乙方评先评优、选拔任用的重要依据。",
        "乙方对责任事项一事一记、留存佐证，按上述频次和时限履责；未按要求履责的，甲方视情进行提醒谈话或约谈，责令限期整改。",
        $"乙方{(p.PartyB.IsUnit ? "所在单位" : "分管范围内")}发生违纪违法问题或重大责任事故的，依照《中国共产党问责条例》《关于实行党风廉政建设责任制的规定》等规定追究相应责任。",
    ];

    /// <summary>Text as a clause of a sentence: without its own closing mark; null when it says nothing.</summary>
    private static string? Clause(string text)
    {
        var trimmed = text.Trim().TrimEnd('。', '；', ';', '，', ',', '.');
        return trimmed.Length > 0 ? trimmed : null;
    }
}
