namespace Responsibility.Reports.Layouts;

using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;

/// <summary>
/// Lays out a 延期申请审批单 in the reports' 公文 frame: one page, one table as the office's form has it — who asks, for
/// what, the original, current and proposed dates, why and how far the work has come, then the approver's decision
/// (blank lines while it waits).
/// </summary>
public static class ExtensionLayout
{
    private const string Pending = "（待审批）";

    public static ReportDocument Build(ExtensionContent e)
    {
        var rows = new List<string[]>
        {
            Row("申请单位", e.UnitName ?? "—"),
            Row("申请人", e.RequesterName),
            Row("申请日期", ChineseNumbers.Date(e.RequestedOn)),
            Row("延期事项", $"{e.TargetKind}：{e.TargetTitle}"),
            Row("原定时限", ChineseNumbers.Date(e.OriginalDue)),
            Row("当前时限", e.CurrentDue == e.OriginalDue ? "同原定时限" : ChineseNumbers.Date(e.CurrentDue)),
            Row("申请延期至", ChineseNumbers.Date(e.ProposedDue)),
            Row("延期次数", $"第{e.Ordinal}次"),
            Row("申请理由", e.Reason),
            Row("工作进展", e.Progress ?? "—"),
            Row("佐证材料", e.AttachmentNames.Length > 0 ? string.Join("、", e.AttachmentNames) : "无"),
            Row("审批人", e.ApproverName),
        };
        rows.AddRange(Decision(e));
        var body = new List<Block> { new Table(null, ["项目", "内容"], [.. rows]) };
        if (e.SetByLeader)
        {
            body.Add(new Paragraph("本事项已过原定时限，由领导直接设定新的时限，原定时限保留，按原定时限考核。"));
        }
        else
        {
            body.Add(new Paragraph("延期经批准后，事项按调整后的时限督办；逾期统计和考核仍按原定时限。"));
        }

        return new ReportDocument(
            [e.BrigadeName, "延期申请审批单"], DocumentNumber: null, Signer: null, Recipient: null, body, e.BrigadeName,
            e.Decision?.On ?? e.RequestedOn);
    }

    public static string FileName(ExtensionContent e) => $"{e.BrigadeName}延期申请审批单（{e.TargetTitle}）";

    private static IEnumerable<string[]> Decision(ExtensionContent e)
    {
        if (e.Decision is not { } d)
        {
            yield return Row("审批意见", Pending);
            yield break;
        }

        yield return Row("审批结果", d.Granted ? "同意延期" : "不同意延期");
        if (d.GrantedDue is { } granted)
        {
            yield return Row("批准延期至", ChineseNumbers.Date(granted));
        }

        yield return Row(d.Granted ? "审批意见" : "不予批准理由", d.Note ?? "同意。");
        yield return Row("审批领导", d.ByName);
        yield return Row("审批日期", ChineseNumbers.Date(d.On));
    }

    private static string[] Row(string label, string value) => [label, value];
}
