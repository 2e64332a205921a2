namespace Responsibility.Api.Tests;

using MiniExcelLibs;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Reports.Ledger;

/// <summary>GET /detachments/{d}/ledger: the 汇总台账 opens with the summary and one sheet per brigade, its figures the dashboard's.</summary>
[Collection(ApiCollection.Name)]
public sealed class DetachmentLedgerApiTests(SharedApi api)
{
    [Fact]
    public async Task LedgerHasTheSummaryAndOneUniquelyNamedSheetPerBrigadeWithItsTasks()
    {
        var (first, second) = (await new ApiBrigade(api.Factory).Create(), await new ApiBrigade(api.Factory).Create());
        await first.AddCountTask("FZ-01", "fazhi", "Accountability", 12);
        await first.AddCountTask("XC-01", "xuanchuan", "Business", 12);
        await second.AddCountTask("FZ-09", "fazhi", "Accountability", 12);
        var detachment = await new ApiDetachment(api.Factory).Create(first, second);
        var admin = await detachment.SignIn(Role.DetachmentAdmin);
        var dashboard = await admin.Read<DashboardBody>($"/api/v1/detachments/{detachment.Id}/dashboard");

        var response = await admin.GetAsync($"/api/v1/detachments/{detachment.Id}/ledger?format=xlsx");

        response.EnsureSuccessStatusCode();
        Assert.Equal(LedgerDownloadType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"淄博市公安局交通警察支队{dashboard.Year}年度汇总台账.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["汇总", "淄川大队", "淄川大队(2)"], file.GetSheetNames());
        var summary = LedgerFile.Read(file, new LedgerSheet("大队", [], "汇总", 100, "汇总台账", "行", AcceptsCsv: false));
        Assert.Equal(dashboard.Brigades.Select(b => (double)b.TaskCount), summary.Rows.Select(r => LedgerNotation.ReadNumber(r[summary.Columns["任务数"]])!.Value));
        var sheet = LedgerFile.Read(file, new LedgerSheet(LedgerColumns.Code, [], "淄川大队(2)", 100, "台账", "行", AcceptsCsv: false));
        Assert.Equal(["FZ-09"], sheet.Rows.Select(r => r[sheet.Columns[LedgerColumns.Code]]));
    }

    private const string LedgerDownloadType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
