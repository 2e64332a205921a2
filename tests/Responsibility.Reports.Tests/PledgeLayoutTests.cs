namespace Responsibility.Reports.Tests;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Layouts;
using Responsibility.Reports.Rendering;

/// <summary>党风廉政建设责任书 in the reports' 公文 frame: parties, period, 责任内容 by line, 考核与责任追究, signature block.</summary>
public class PledgeLayoutTests
{
    private static readonly DutyItem Talks = new(
        "tanxin", 2026, "班子成员一岗双责", "开展谈心谈话", "每月至少与分管单位负责人谈心谈话一次。", DutyLine.Accountability, Cadence.Monthly, null,
        "谈话记录", new DutyAssignees(true, [], []), []);

    private static readonly DutyItem Plan = new(
        "fangan", 2026, "业务工作", "制定酒驾整治方案", "", DutyLine.Business, Cadence.Once, new DateOnly(2026, 3, 31), "整治方案",
        new DutyAssignees(false, ["zhao"], []), []);

    private static readonly DutyItem Lecture = new(
        "dangke", 2026, "班子成员一岗双责", "讲廉政党课", "到分管单位讲廉政党课", DutyLine.Accountability, Cadence.HalfYearly, null, "",
        new DutyAssignees(false, ["zhao"], []), []);

    private static readonly PledgeContent Pledge = new(
        "淄川大队", "中共淄博市公安局交通警察支队淄川大队总支部委员会", 2026, new PledgeSide("大队长", "王立侠"), new PledgeSide("副大队长", "赵刚"),
        [Talks, Plan, Lecture], SignedOn: null, IssuedOn: new DateOnly(2026, 2, 3));

    [Fact]
    public void PledgeNamesBothPartiesThePeriodAndTheItemsByLine()
    {
        var document = PledgeLayout.Build(Pledge);
        var lines = ReportText.Lines(document);

        Assert.Equal(["淄川大队", "2026年度党风廉政建设“一岗双责”责任书"], document.TitleLines);
        Assert.Equal("甲方：大队长　王立侠", lines[0]);
        Assert.Equal("乙方：副大队长　赵刚", lines[1]);
        Assert.Equal("责任期限：2026年1月1日至2026年12月31日", lines[2]);
        Assert.Contains("“一岗双责”", lines[3]);
        var content = lines.IndexOf("责任内容");
        Assert.Equal(
            [
                "业务工作", "制定酒驾整治方案|完成时限：2026年3月31日前；佐证材料：整治方案。",
                "党风廉政建设", "开展谈心谈话|每月至少与分管单位负责人谈心谈话一次；履责频次：每月一次；佐证材料：谈话记录。",
                "讲廉政党课|到分管单位讲廉政党课；履责频次：每半年一次。",
            ],
            lines.Skip(content + 1).Take(5));
    }

    [Fact]
    public void PledgeSaysHowItIsAssessedAndEndsWithTheSignatureBlock()
    {
        var lines = ReportText.Lines(PledgeLayout.Build(Pledge));

        var assessed = lines.IndexOf("考核与责任追究");
        Assert.True(assessed > lines.IndexOf("责任内容"));
        Assert.Contains("考核结果", lines[assessed + 1]);
        Assert.Contains("提醒谈话或约谈", lines[assessed + 2]);
        Assert.Contains("《中国共产党问责条例》", lines[assessed + 3]);
        Assert.Equal(["甲方（签字）：王立侠", "乙方（签字）：赵刚", "签订日期：＿＿＿＿年＿＿月＿＿日"], lines.TakeLast(3));
    }

    [Fact]
    public void SignedPledgeShowsTheDateItWasSigned()
    {
        var document = PledgeLayout.Build(Pledge with { SignedOn = new DateOnly(2026, 1, 16) });

        Assert.Equal("签订日期：2026年1月16日", ReportText.Lines(document)[^1]);
        Assert.Equal(new DateOnly(2026, 1, 16), document.Date);
    }

    [Fact]
    public void UnitPledgeOfAccountabilityItemsOnlyIsTheDangfengLianzhengPledgeWithTheUnitsHead()
    {
        var unit = Pledge with { PartyB = new PledgeSide("宣传中队负责人", "张华", IsUnit: true), Items = [Talks] };

        var document = PledgeLayout.Build(unit);
        var lines = ReportText.Lines(document);

        Assert.Equal("2026年度党风廉政建设责任书", document.TitleLines[^1]);
        Assert.Equal("乙方：宣传中队负责人　张华", lines[1]);
        Assert.DoesNotContain("业务工作", lines);
        Assert.Contains("乙方（签字）：张华", lines);
        Assert.Equal("淄川大队2026年度党风廉政建设责任书（王立侠—张华）", PledgeLayout.FileName(unit));
    }

    [Fact]
    public void PledgeWithoutItemsSaysNoneIsAssignedYet()
    {
        var lines = ReportText.Lines(PledgeLayout.Build(Pledge with { Items = [] }));

        Assert.Contains("本年度责任清单尚未向乙方分配责任事项，分配后本责任书随之补充。", lines);
    }

    [Fact]
    public void PledgeRendersAsAValidWordDocumentWithNumberedItems()
    {
        using var docx = new DocxReadBack(DocxRenderer.Render(PledgeLayout.Build(Pledge)));

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Contains(docx.Paragraphs, p => p.InnerText == "一、责任内容");
        Assert.Contains(docx.Paragraphs, p => p.InnerText == "（一）业务工作");
        Assert.Contains(docx.Paragraphs, p => p.InnerText.StartsWith("1.开展谈心谈话。", StringComparison.Ordinal));
        Assert.Contains(docx.Paragraphs, p => p.InnerText == "二、考核与责任追究");
    }

    [Fact]
    public void HostileItemTextRendersLiterallyAndValidlyInEveryFormat()
    {
        var hostile = Talks with
        {
            Title = "<script>alert(1)</script>谈话\u202E%01",
            Requirement = HostileText.ControlNote,
            Evidence = "## 伪造的标题\u200B",
        };
        var document = PledgeLayout.Build(Pledge with { Items = [hostile], PartyB = new PledgeSide("副大队长", "<img src=x onerror=alert(1)>") });

        using var docx = new DocxReadBack(DocxRenderer.Render(document));
        var html = HtmlRenderer.Render(document);
        var markdown = MarkdownRenderer.Render(document);

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\u202E', html);
        Assert.DoesNotContain('\u202E', markdown);
        Assert.DoesNotContain("\n## 伪造", markdown);
        Assert.Contains(docx.Paragraphs, p => p.InnerText.Contains("谈话%01", StringComparison.Ordinal));
    }
}
