namespace Responsibility.Api.Tests;

using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Responsibility.Grains.Abstractions;

/// <summary>
/// A duty slot in GET /api/v1/me/inbox and in the top bar's 待办 count, on an api whose grains judge by a clock the test
/// moves through 2024: the holder sees it from its period's start, overdue after its due day, and not once recorded.
/// </summary>
public sealed class DutyInboxApiTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2024, 3, 20, 4, 0, 0, TimeSpan.Zero));
    private readonly ApiFactory factory;

    public DutyInboxApiTests() =>
        factory = new ApiFactory { TestServices = s => s.AddKeyedSingleton<TimeProvider>(DomainClock.Key, clock) };

    public Task InitializeAsync()
    {
        _ = factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task LeadersSlotIsInTheirInboxAndTopBarCountUntilRecordedAndNotInAnotherLeaders()
    {
        var brigade = await new ApiBrigade(factory).Create();
        await brigade.Put($"/api/v1/brigades/{brigade.Id}/duties/2024/items/talk", new
        {
            section = "班子成员一岗双责", title = "开展谈心谈话", requirement = "每季度与分管单位负责人谈心谈话一次", dutyLine = "Accountability",
            cadence = "Quarterly", evidence = "谈话记录", assignees = new { allLeaders = false, leaderIds = new[] { "zhao" }, unitIds = Array.Empty<string>() },
        });
        var zhao = await brigade.SignIn("zhao");
        var wang = await brigade.SignIn("dadui");

        var due = await InboxOn(zhao, 3, 20);
        var dueBar = await InboxCount(zhao);
        var others = await InboxOn(wang, 3, 20);
        var missed = await InboxOn(zhao, 4, 2);
        (await zhao.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/records", new
        {
            kind = "Talk", occurredOn = "2024-04-02", content = "与宣传中队负责人谈心谈话", participants = new[] { "张华" }, leaderId = "zhao",
            slotIds = new[] { "talk:2024-Q2" },
        })).EnsureSuccessStatusCode();
        var recorded = await InboxOn(zhao, 4, 2);

        var slot = Assert.Single(due.Items);
        Assert.Equal(
            ("DutySlot", "责任清单：开展谈心谈话（2024年第一季度）", "待履责，截至3月31日", false, "talk:2024-Q1"),
            (slot.Kind, slot.Title, slot.Detail, slot.Overdue, slot.SlotId));
        Assert.Equal(1, dueBar);
        Assert.Empty(others.Items);
        Assert.Equal([("talk:2024-Q1", true), ("talk:2024-Q2", false)], missed.Items.Select(i => (i.SlotId, i.Overdue)));
        Assert.Equal([("talk:2024-Q1", "已逾期未履责（截至3月31日）")], recorded.Items.Select(i => (i.SlotId, i.Detail)));
        Assert.Equal(1, await InboxCount(zhao));
    }

    [Fact]
    public async Task InboxPageSendsTheHolderToTheRecordFormWithTheSlotTicked()
    {
        var brigade = await new ApiBrigade(factory).Create();
        await brigade.Put($"/api/v1/brigades/{brigade.Id}/duties/2024/items/talk", new
        {
            section = "班子成员一岗双责", title = "开展谈心谈话", requirement = "每季度与分管单位负责人谈心谈话一次", dutyLine = "Accountability",
            cadence = "Quarterly", evidence = "谈话记录", assignees = new { allLeaders = false, leaderIds = new[] { "zhao" }, unitIds = Array.Empty<string>() },
        });
        var zhao = await brigade.SignIn("zhao");
        clock.AdjustTime(new DateTimeOffset(2024, 3, 20, 4, 0, 0, TimeSpan.Zero));

        var inbox = await zhao.GetStringAsync("/inbox");
        var link = System.Text.RegularExpressions.Regex.Match(inbox, "href=\"(/b/[^\"]*/records/new\\?[^\"]*)\"").Groups[1].Value;
        var form = await zhao.GetStringAsync(System.Net.WebUtility.HtmlDecode(link));

        Assert.Contains("待履责，截至3月31日，请记录履责纪实", inbox);
        Assert.DoesNotContain("请督办", inbox);
        Assert.Equal($"/b/{brigade.Id}/records/new?leader=zhao&amp;slot=talk%3A2024-Q1", link);
        Assert.Matches("<input type=\"checkbox\" name=\"Input.SlotIds\" value=\"talk:2024-Q1\" checked", form);
    }

    private async Task<InboxBody> InboxOn(HttpClient client, int month, int day)
    {
        clock.AdjustTime(new DateTimeOffset(2024, month, day, 4, 0, 0, TimeSpan.Zero));
        return await client.Read<InboxBody>("/api/v1/me/inbox");
    }

    /// <summary>The count the top bar shows beside 待办 on any page (none when nothing waits).</summary>
    private static async Task<int> InboxCount(HttpClient client)
    {
        var page = await client.GetStringAsync("/inbox");
        var match = System.Text.RegularExpressions.Regex.Match(page, "aria-label=\"(\\d+) 项待办\"");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    private sealed record InboxBody(ItemBody[] Items);

    private sealed record ItemBody(string Kind, string Title, bool Overdue, string? Detail, string? SlotId);
}
