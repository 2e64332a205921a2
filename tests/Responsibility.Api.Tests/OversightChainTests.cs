namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MiniExcelLibs;
using static Responsibility.Api.Tests.ApiInspections;

/// <summary>
/// The 督责 chain across its parts: a finding's 整改 item extended through a 延期申请 keeps its original date in the
/// 整改台账 and its sheet; a 情况通报 is written from a real inspection and its findings and issued under the year's first
/// number.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OversightChainTests(SharedApi api)
{
    [Fact]
    public async Task AnExtendedRectificationKeepsItsOriginalDateInTheLedgerAndItsSheet()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");
        var item = await dadui.Found(await brigade.Inspected(dadui));
        var (head, zhao) = (await brigade.SignIn("xuanchuan"), await brigade.SignIn("zhao"));

        var asked = await (await head.Ask("Rectification", item.Id, 45)).Body();
        var selfGrant = await head.PostAsJsonAsync($"/api/v1/extensions/{asked.Id()}/grant", new { grantedDue = ExtensionCalls.Day(45) });
        var granted = await zhao.PostAsJsonAsync($"/api/v1/extensions/{asked.Id()}/grant", new { grantedDue = ExtensionCalls.Day(40), note = "同意" });
        var after = await dadui.Read<RectificationBody>($"/api/v1/rectifications/{item.Id}");
        var xlsx = await dadui.GetAsync($"/api/v1/brigades/{brigade.Id}/rectifications?format=xlsx");

        Assert.Equal(("Pending", "zhao"), ((string)asked["state"]!, (string?)asked["approver"]!["leaderId"]));
        Assert.Equal(HttpStatusCode.Forbidden, selfGrant.StatusCode);
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.Equal((Today.AddDays(30), Today.AddDays(40), 1, false), (after.OriginalDue, after.Due, after.ExtensionCount, after.Overdue));
        await using var stream = await xlsx.Content.ReadAsStreamAsync();
        var row = Assert.Single(stream.Query(useHeaderRow: true, sheetName: "整改台账").Cast<IDictionary<string, object?>>());
        Assert.Equal(
            (Today.AddDays(30).ToString("yyyy-MM-dd"), Today.AddDays(40).ToString("yyyy-MM-dd"), "1"),
            (Day(row["原定时限"]), Day(row["调整后时限"]), $"{row["延期次数"]}"));
    }

    [Fact]
    public async Task ASituationBulletinIsWrittenFromTheInspectionAndItsFindingsAndIssuedAsTheFirstOfTheYear()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");
        var inspection = await brigade.Inspected(dadui);
        await dadui.Found(inspection);

        var drafted = await (await dadui.PostAsJsonAsync(
            $"/api/v1/brigades/{brigade.Id}/bulletins", new { kind = "Situation", title = "关于执法质量检查情况的通报", inspectionId = inspection })).Body();
        var issued = await (await dadui.PostAsync($"/api/v1/bulletins/{drafted.Id()}/issue", null)).Body();

        var body = (string)drafted["body"]!;
        Assert.Contains("宣传中队", body);
        Assert.Contains("卷宗装订不规范", body);
        Assert.Contains("赵刚", body);
        Assert.Equal($"〔{DateTime.UtcNow.AddHours(8).Year}〕第1期", (string)issued["number"]!);
    }

    private static string Day(object? cell) => cell switch
    {
        DateTime d => d.ToString("yyyy-MM-dd"),
        _ => $"{cell}",
    };
}
