namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Audit;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>通报 are numbered per brigade and year by the one numbering grain: no gap, no repeat, a retry gets its number back.</summary>
[Collection(ClusterCollection.Name)]
public sealed class BulletinTests(ClusterFixture cluster)
{
    [Fact]
    public async Task FiftyBulletinsIssuedAtOnceAreNumberedOneToFiftyWithoutGapOrRepeat()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var drafts = await Task.WhenAll(Enumerable.Range(1, 50).Select(i => Draft(brigade.Id, $"通报 {i}")));

        var issued = await Task.WhenAll(drafts.Select(d => cluster.Grains.GetGrain<IBulletinGrain>(d.Id).Issue("dadui")));

        Assert.Equal(Enumerable.Range(1, 50), issued.Select(b => b.Number!.Value).Order());
        Assert.Equal(50, await Numbers(brigade.Id, 2024).Count());
        var listed = await cluster.Grains.GetGrain<IOversightGrain>(brigade.Id).ListBulletins(2024);
        Assert.Equal(Enumerable.Range(1, 50), listed.Select(b => b.Number!.Value));
    }

    [Fact]
    public async Task RetriedTakeAnswersTheSameNumberAndGivesNoOther()
    {
        var series = Numbers("b-" + Guid.NewGuid().ToString("N")[..12], 2026);

        var first = await series.Take("doc-a", "dadui");
        var again = await series.Take("doc-a", "dadui");
        var second = await series.Take("doc-b", "dadui");

        Assert.Equal((1, 1, 2, 2), (first, again, second, await series.Count()));
    }

    [Fact]
    public async Task IssueRetriedAfterTheNumberWasTakenKeepsThatNumber()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var before = await Draft(brigade.Id, "先发");
        var crashed = await Draft(brigade.Id, "中断后重发");
        await cluster.Grains.GetGrain<IBulletinGrain>(before.Id).Issue("dadui");
        // A crash after the number was taken and before the bulletin recorded it: the number is the document's.
        var taken = await Numbers(brigade.Id, 2024).Take(crashed.Id, "dadui");

        var issued = await cluster.Grains.GetGrain<IBulletinGrain>(crashed.Id).Issue("dadui");

        Assert.Equal((2, 2, "〔2024〕第2期"), (taken, issued.Number, issued.NumberText));
        Assert.Equal(2, await Numbers(brigade.Id, 2024).Count());
    }

    [Fact]
    public async Task IssuedBulletinCannotBeEditedAndIssuingAgainAnswersItUnchanged()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var draft = await Draft(brigade.Id, "草稿");
        var grain = cluster.Grains.GetGrain<IBulletinGrain>(draft.Id);
        var edited = await grain.Edit("关于检查情况的通报", "一、基本情况\n\n检查发现问题。", "dadui");
        var issued = await grain.Issue("dadui");

        var refused = await Assert.ThrowsAsync<DomainException>(() => grain.Edit("改", "改", "dadui"));
        var again = await grain.Issue("other");

        Assert.Equal((2, "关于检查情况的通报"), (edited.Version, edited.Title));
        Assert.Equal(ErrorKind.Conflict, refused.Kind);
        Assert.Equal(issued, again);
        Assert.Equal(("关于检查情况的通报", new DateOnly(2024, 6, 15), "dadui"), (again.Title, again.IssuedOn, again.IssuedBy));
        Assert.Equal(1, await Numbers(brigade.Id, 2024).Count());
    }

    [Fact]
    public async Task DraftIsKeptOnceAndAnUnknownBulletinIsMissing()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var draft = await Draft(brigade.Id, "一次");

        var twice = await Assert.ThrowsAsync<DomainException>(() => cluster.Grains.GetGrain<IBulletinGrain>(draft.Id).Draft(draft, "dadui"));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => cluster.Grains.GetGrain<IBulletinGrain>(RecordIds.New()).Issue("dadui"));

        Assert.Equal((ErrorKind.Conflict, ErrorKind.NotFound), (twice.Kind, unknown.Kind));
        Assert.Null(await cluster.Grains.GetGrain<IBulletinGrain>(RecordIds.New()).Get());
    }

    [Fact]
    public async Task CriticismDraftedFromTheDataNamesTheUnitWithARedTask()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        // Half the year gone and nothing reported: the count task is Red, and its unit is named.
        await brigade.AddCount("A01", "fazhi", Abstractions.Tasks.DutyLine.Business, 10);
        var grain = cluster.Grains.GetGrain<IBulletinGrain>(RecordIds.New());

        var drafted = await grain.DraftFromData(new BulletinRequest(brigade.Id, BulletinKind.Criticism, null, null), "dadui");

        Assert.Equal(["fazhi"], drafted.UnitIds);
        Assert.Contains("法制室", drafted.Body, StringComparison.Ordinal);
        Assert.Contains("A01", drafted.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("宣传中队", drafted.Body, StringComparison.Ordinal);
        Assert.Null(drafted.Number);
    }

    [Fact]
    public async Task SituationNeedsAnInspectionOfTheBrigadeAndKeepsNothingWithout()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var grain = cluster.Grains.GetGrain<IBulletinGrain>(RecordIds.New());

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            grain.DraftFromData(new BulletinRequest(brigade.Id, BulletinKind.Situation, null, null), "dadui"));

        Assert.Equal((ErrorKind.Invalid, "inspectionId"), (refused.Kind, refused.Field));
        Assert.Null(await grain.Get());
    }

    [Fact]
    public async Task SituationIsWrittenFromTheInspectionAndItsRectificationsInTheBrigadesIndex()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var other = await new TestBrigade(cluster.Grains).Create();
        var inspectionId = RecordIds.New();
        var index = cluster.Grains.GetGrain<IOversightGrain>(brigade.Id);
        await index.OnInspectionChanged(new Inspection(
            inspectionId, brigade.Id, InspectionKind.EnforcementQuality, new DateOnly(2024, 6, 5), "6月执法质量检查", ["wang"], ["fazhi", "xuanchuan"],
            "抽查案卷20宗", "dadui", DateTimeOffset.UnixEpoch, [new(RectificationIds.Of(inspectionId, 1), "xuanchuan")], 2));
        await index.OnRectificationChanged(new Rectification(
            RectificationIds.Of(inspectionId, 1), brigade.Id, inspectionId, "宣传稿件未经审核发布", "宣传管理", "xuanchuan", null, Severity.Medium, null,
            "zhao", "落实三审制度", new DateOnly(2024, 7, 5), null, "dadui", DateTimeOffset.UnixEpoch, []));
        var grain = cluster.Grains.GetGrain<IBulletinGrain>(RecordIds.New());

        var drafted = await grain.DraftFromData(new BulletinRequest(brigade.Id, BulletinKind.Situation, null, inspectionId), "dadui");
        var elsewhere = await Assert.ThrowsAsync<DomainException>(() => cluster.Grains.GetGrain<IBulletinGrain>(RecordIds.New())
            .DraftFromData(new BulletinRequest(other.Id, BulletinKind.Situation, null, inspectionId), "dadui"));

        Assert.Equal(("关于2024年6月执法质量检查情况的通报", inspectionId), (drafted.Title, drafted.InspectionId));
        Assert.StartsWith("2024年6月5日，王立侠带队对法制室、宣传中队开展了执法质量检查", drafted.Body, StringComparison.Ordinal);
        Assert.Contains("宣传中队对“宣传稿件未经审核发布”问题于2024年7月5日前整改到位，责任领导赵刚。", drafted.Body, StringComparison.Ordinal);
        Assert.Equal(["xuanchuan", "fazhi"], drafted.UnitIds);
        Assert.Equal((ErrorKind.Invalid, "inspectionId"), (elsewhere.Kind, elsewhere.Field));
    }

    [Fact]
    public async Task AuditTellsTheDraftingAndTheIssueWithItsNumber()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var draft = await Draft(brigade.Id, "留痕通报");
        await cluster.Grains.GetGrain<IBulletinGrain>(draft.Id).Issue("dadui");

        var entries = (await cluster.Grains.GetGrain<IAuditGrain>(brigade.Id).Read(new AuditFilter(50))).Entries;

        Assert.Contains(entries, e => e.Action == "起草通报" && e.Subject == "留痕通报");
        Assert.Contains(entries, e => e.Action == "签发通报" && e.Changes.Any(c => c.After == "〔2024〕第1期"));
        Assert.Contains(entries, e => e.Action == "文件编号" && e.Subject == "2024年通报");
    }

    private Task<Bulletin> Draft(string brigadeId, string title) =>
        cluster.Grains.GetGrain<IBulletinGrain>(RecordIds.New()).Draft(
            new Bulletin("", brigadeId, 2024, BulletinKind.Commendation, title, "正文。", null, [], "", default, null, null, null, null, 0), "dadui");

    private IDocumentNumberGrain Numbers(string brigadeId, int year) =>
        cluster.Grains.GetGrain<IDocumentNumberGrain>(GrainKeys.DocumentNumbers(brigadeId, "bulletin", year));
}

/// <summary>The brigade's 通报 come back from the log after a restart, numbers and all. Its own cluster.</summary>
public sealed class BulletinRestartTests : IAsyncLifetime
{
    private readonly ClusterFixture cluster = new();

    public Task InitializeAsync() => cluster.InitializeAsync();

    public Task DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task BulletinsAndTheirNumberSeriesAreRebuiltFromTheLog()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var issued = await cluster.Grains.GetGrain<IBulletinGrain>(RecordIds.New()).Draft(
            new Bulletin("", brigade.Id, 2024, BulletinKind.Situation, "已印发", "正文。", null, [], "", default, null, null, null, null, 0), "dadui");
        await cluster.Grains.GetGrain<IBulletinGrain>(issued.Id).Issue("dadui");
        var draft = await cluster.Grains.GetGrain<IBulletinGrain>(RecordIds.New()).Draft(issued with { Title = "草稿" }, "dadui");

        await cluster.Restart();
        var listed = await cluster.Grains.GetGrain<IOversightGrain>(brigade.Id).ListBulletins(null);
        var next = await cluster.Grains.GetGrain<IBulletinGrain>(draft.Id).Issue("dadui");

        Assert.Equal([("已印发", (int?)1), ("草稿", null)], listed.Select(b => (b.Title, b.Number)));
        Assert.Equal(2, next.Number);
    }
}
