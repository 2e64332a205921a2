namespace Responsibility.Api.Tests;

using System.Globalization;
using System.Text.Json.Nodes;
using Responsibility.Api.Demo;

/// <summary>
/// The demo's 督责: a 执法质量检查 on the 10th of every month gone by, two units and four findings each, most 整改 items
/// closed with evidence, a few overdue, one sent back, one 重复发生; an extension granted and one refused; a 情况通报 per
/// inspection, issued under its number.
/// </summary>
[Collection(DemoSupervisionTests.Name)]
public sealed class DemoOversightTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static int MonthsChecked => DemoOversight.Plan(Today).Count;

    [Fact]
    public async Task DemoHasAnEnforcementQualityCheckEveryMonthGoneByWithItsFindings()
    {
        var leader = await demo.Factory.SignIn("dadui", DemoOrganisation.Password);

        var inspections = await leader.Read<JsonArray>($"/api/v1/brigades/zichuan/inspections?year={Today.Year}");

        Assert.Equal(MonthsChecked, inspections.Count);
        Assert.All(inspections, i => Assert.Equal("EnforcementQuality", (string)i!["kind"]!));
        Assert.All(inspections, i => Assert.Equal(10, DateOnly.Parse((string)i!["date"]!, CultureInfo.InvariantCulture).Day));
        var rectifications = await leader.Read<JsonArray>("/api/v1/brigades/zichuan/rectifications");
        Assert.Equal(MonthsChecked * 4, rectifications.Count);
    }

    [Fact]
    public async Task DemoRectificationsAreMostlyClosedWithAFewOverdueOneSentBackAndOneRepeat()
    {
        if (MonthsChecked < 6)
        {
            // Early in the year there are not yet checks old enough for every state: the plan says which exist.
            return;
        }

        var leader = await demo.Factory.SignIn("dadui", DemoOrganisation.Password);

        var items = (await leader.Read<JsonArray>("/api/v1/brigades/zichuan/rectifications")).Select(i => i!).ToArray();

        var closed = items.Count(i => (string)i["state"]! == "Closed");
        Assert.True(closed > items.Length / 2, $"{closed} of {items.Length} closed");
        Assert.InRange(items.Count(i => (bool)i["overdue"]!), 2, 4);
        Assert.Single(items, i => (string)i["state"]! == "Returned");
        var repeat = Assert.Single(items, i => i["repeatOf"] is not null);
        Assert.Equal("chengqu", (string)repeat["unitId"]!);
        var overdue = await leader.Read<JsonArray>("/api/v1/brigades/zichuan/rectifications?overdue=true");
        Assert.Equal(items.Count(i => (bool)i["overdue"]!), overdue.Count);
    }

    [Fact]
    public async Task DemoHasAnExtensionGrantedAndOneRefusedAndTheGrantedOneKeepsBothDates()
    {
        if (MonthsChecked < 6)
        {
            return;
        }

        var leader = await demo.Factory.SignIn("dadui", DemoOrganisation.Password);

        var items = (await leader.Read<JsonArray>("/api/v1/brigades/zichuan/rectifications")).Select(i => i!).ToArray();

        var extended = Assert.Single(items, i => (int)i["extensionCount"]! > 0);
        Assert.Equal(DateOnly.Parse((string)extended["originalDue"]!, CultureInfo.InvariantCulture).AddDays(15),
            DateOnly.Parse((string)extended["due"]!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task DemoIssuedASituationBulletinPerInspectionNumberedFromOne()
    {
        var leader = await demo.Factory.SignIn("dadui", DemoOrganisation.Password);

        var bulletins = await leader.Read<JsonArray>($"/api/v1/brigades/zichuan/bulletins?year={Today.Year}");

        // Each is issued three days after its check.
        var expected = DemoOversight.Plan(Today).Count(p => p.Date.AddDays(3) < Today);
        var issued = bulletins.Where(b => b!["number"] is not null).ToArray();
        Assert.Equal(expected, issued.Length);
        Assert.Equal(
            Enumerable.Range(1, expected).Select(n => $"〔{Today.Year}〕第{n}期"),
            issued.Select(b => (string)b!["number"]!).Order(StringComparer.Ordinal).OrderBy(n => n.Length));
        Assert.All(issued, b => Assert.Equal("Situation", (string)b!["kind"]!));
    }
}
