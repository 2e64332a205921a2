namespace Responsibility.Browser.Tests;

using System.Text.RegularExpressions;
using Microsoft.Playwright;

/// <summary>
/// What people read on the pages is Chinese: no English word, format name or login name is left on a page a brigade's
/// people use day to day (task codes, file kinds such as Word and PDF, and sizes in MB are how offices write them).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PlainChinesePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task PagesOfEveryDayUseCarryNoEnglish()
    {
        var brigade = await TestBrigade.Create(browser);
        var entry = await brigade.Report("fazhi", brigade.FazhiTask, 3);
        await brigade.Return("dadui", brigade.FazhiTask, entry, "缺少检查记录");
        var instruction = await brigade.Instruct("dadui", "fazhi", "请本月内完成执法案卷集中评查");
        var today = BrigadeToday.Date;
        await brigade.PutDutyItem(today.Year, "tanhua", "开展谈心谈话");
        await brigade.RecordDuty("dadui", new
        {
            kind = "Talk", occurredOn = today.ToString("yyyy-MM-dd"), content = "与法制室孙建华谈心", leaderId = "wang",
            slotIds = new[] { $"tanhua:{today:yyyy-MM}" },
        });
        await brigade.PutRisk(today.Year, "r1", "fazhi", "案件审核把关不严");
        var leader = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);
        var head = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        string[] leaderPages =
        [
            $"/b/{brigade.Id}", $"/b/{brigade.Id}/units/fazhi", $"/tasks/{brigade.FazhiTask}", "/inbox", $"/b/{brigade.Id}/reports",
            $"/b/{brigade.Id}/meetings", $"/b/{brigade.Id}/audit", $"/b/{brigade.Id}/leaders/wang", $"/instructions/{instruction}",
            "/account/password", $"/b/{brigade.Id}/duties", $"/b/{brigade.Id}/pledges", $"/b/{brigade.Id}/risks",
            $"/b/{brigade.Id}/leaders/wang/archive", $"/b/{brigade.Id}/records/new?leader=wang",
        ];
        string[] headPages =
        [
            $"/b/{brigade.Id}/units/fazhi", $"/b/{brigade.Id}/units/fazhi/report", $"/tasks/{brigade.FazhiTask}", "/inbox",
            $"/b/{brigade.Id}/risks", $"/b/{brigade.Id}/records/new?unit=fazhi", $"/b/{brigade.Id}/duties",
        ];

        var english = new List<string>();
        foreach (var (page, paths) in new[] { (leader, leaderPages), (head, headPages) })
        {
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                var text = await page.Locator("body").InnerTextAsync();
                english.AddRange(Words().Matches(text).Select(m => m.Value).Where(w => !Allowed.Contains(w)).Select(w => $"{path}: {w}"));
            }
        }

        Assert.Empty(english);
    }

    private static readonly HashSet<string> Allowed = ["Word", "Excel", "PDF", "PNG", "JPEG", "MB"];

    /// <summary>Latin words of two letters or more that are not part of a task code (FZ-01).</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9-])(?![A-Z]{2,3}-\d)[A-Za-z]{2,}(?![A-Za-z-]*\d)")]
    private static partial Regex Words();
}
