namespace Responsibility.Grains.Tests;

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Storage.Attachments;

/// <summary>
/// Uploads not yet attached are bounded: per account by <c>Attachments:UnattachedQuotaMB</c> (here 1), in time by
/// <c>Attachments:UnattachedExpiryHours</c> (24), and swept with the parts a crash leaves.
/// </summary>
public sealed class UploadBoundsTests : IAsyncLifetime
{
    private const int SevenHundredKilobytes = 700 * 1024;
    private static readonly DateTimeOffset Noon = new(2024, 6, 15, 4, 0, 0, TimeSpan.Zero);

    private readonly ClusterFixture cluster = new(1, new Dictionary<string, string> { ["Attachments:UnattachedQuotaMB"] = "1" });

    private IAttachmentStore Store =>
        ((InProcessSiloHandle)cluster.Cluster.Primary!).SiloHost.Services.GetRequiredService<IAttachmentStore>();

    public Task InitializeAsync() => cluster.InitializeAsync();

    public Task DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task AnUploadPastTheAccountsQuotaIsRefusedAndKeepsNothingWhileAnotherAccountStillUploads()
    {
        await Upload("li");

        var (refusal, refused) = await Refused("li");
        var otherAccount = await Upload("zhang");

        Assert.Equal((ErrorKind.QuotaExceeded, "file"), (refusal.Kind, refusal.Field));
        Assert.Contains("1 MB", refusal.Message);
        Assert.Null(await cluster.Grains.GetGrain<IAttachmentGrain>(refused).GetInfo());
        Assert.Equal(0, (await Store.DigestAsync(refused))!.Parts);
        Assert.NotNull(await cluster.Grains.GetGrain<IAttachmentGrain>(otherAccount).GetInfo());
    }

    [Fact]
    public async Task AFileAttachedToAnEntryNoLongerCountsTowardTheQuota()
    {
        var (brigade, task) = await CountTask();
        var first = await Upload("li", brigade.Id);
        await task.ReportProgress(TestBrigade.Report(1, new DateOnly(2024, 6, 10)) with { AttachmentIds = [first] }, "li");

        var second = await Upload("li", brigade.Id);

        Assert.NotNull(await cluster.Grains.GetGrain<IAttachmentGrain>(second).GetInfo());
    }

    [Fact]
    public async Task AnUploadLeftUnattachedPastItsExpiryIsRefusedNamingAttachmentIdsAndTheSweepRemovesIt()
    {
        var (brigade, task) = await CountTask();
        var stale = await Upload("li", brigade.Id);
        cluster.Time.AdjustTime(Noon.AddHours(25));
        var fresh = await Upload("li", brigade.Id);

        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            task.ReportProgress(TestBrigade.Report(1, new DateOnly(2024, 6, 16)) with { AttachmentIds = [stale] }, "li"));
        var swept = await cluster.Grains.GetGrain<IAttachmentSweepGrain>(0).Sweep();

        Assert.Equal((ErrorKind.Invalid, "attachmentIds"), (refusal.Kind, refusal.Field));
        Assert.Contains("已失效", refusal.Message);
        Assert.Empty(await task.GetEntries());
        Assert.Equal(1, swept.ExpiredFiles);
        Assert.Null(await Store.ReadAsync(stale));
        Assert.True((await cluster.Grains.GetGrain<IAttachmentGrain>(stale).GetInfo())!.Expired);
        Assert.NotNull(await Store.ReadAsync(fresh));
    }

    [Fact]
    public async Task AnExpiredUploadNoLongerCountsTowardTheQuota()
    {
        await Upload("li");
        cluster.Time.AdjustTime(Noon.AddHours(25));

        var again = await Upload("li");

        Assert.NotNull(await cluster.Grains.GetGrain<IAttachmentGrain>(again).GetInfo());
    }

    [Fact]
    public async Task TheSweepRemovesPartsACrashLeftWithoutAnUploadAndSparesAnUploadInProgress()
    {
        var crashed = Guid.CreateVersion7(DateTimeOffset.UtcNow.AddDays(-2)).ToString("N");
        var inProgress = AttachmentIds.New();
        await cluster.Grains.GetGrain<IAttachmentGrain>(crashed).WritePart(0, Uploads.Bytes(100, 1));
        await cluster.Grains.GetGrain<IAttachmentGrain>(inProgress).WritePart(0, Uploads.Bytes(100, 2));

        var swept = await cluster.Grains.GetGrain<IAttachmentSweepGrain>(0).Sweep();

        Assert.Equal(new SweptUploads(0, 1), swept);
        Assert.Equal(0, (await Store.DigestAsync(crashed))!.Parts);
        Assert.Equal(1, (await Store.DigestAsync(inProgress))!.Parts);
    }

    [Fact]
    public async Task EverySiloStartLeavesTheSweepOnItsReminder()
    {
        await using var db = new SqliteConnection($"Data Source={Path.Combine(cluster.DataPath, "responsibility.db")};Pooling=False");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM reminders WHERE reminder_name = 'attachment-sweep'";

        var reminders = (long)(await command.ExecuteScalarAsync())!;

        Assert.Equal(1, reminders);
    }

    private async Task<(TestBrigade Brigade, ITaskGrain Task)> CountTask()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        return (brigade, brigade.Task(task.Definition.Id));
    }

    private Task<string> Upload(string uploadedBy, string brigadeId = "b-1") =>
        cluster.Grains.Upload(brigadeId, uploadedBy, size: SevenHundredKilobytes);

    private async Task<(DomainException Refusal, string Id)> Refused(string uploadedBy)
    {
        var id = AttachmentIds.New();
        var grain = cluster.Grains.GetGrain<IAttachmentGrain>(id);
        await grain.WritePart(0, Uploads.Bytes(SevenHundredKilobytes, 4));
        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            grain.Complete(new AttachmentUpload("b-1", "记录.pdf", "application/pdf", uploadedBy)));
        return (refusal, id);
    }
}
