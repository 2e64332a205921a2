namespace Responsibility.Grains.Tests;

using System.Security.Cryptography;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>佐证材料: files uploaded in parts, attached once by their uploader to an entry of their brigade, counted in the report.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AttachmentTests(ClusterFixture cluster)
{
    private static readonly DateOnly June10 = new(2024, 6, 10);

    [Fact]
    public async Task PartsBecomeOneFileWhoseRecordedHashIsTheSha256OfItsBytes()
    {
        var (first, second) = (Bytes(AttachmentLimits.PartBytes, 1), Bytes(100, 2));
        var grain = cluster.Grains.GetGrain<IAttachmentGrain>(AttachmentIds.New());

        await grain.WritePart(0, first);
        await grain.WritePart(1, second);
        var info = await grain.Complete(new AttachmentUpload("b-1", "检查记录.pdf", "application/pdf", "li"));

        Assert.Equal(AttachmentLimits.PartBytes + 100L, info.File.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([.. first, .. second])), info.File.Sha256);
        Assert.Equal((2, "检查记录.pdf", "li"), (info.Parts, info.File.FileName, info.File.UploadedBy));
        Assert.Equal(second, await grain.ReadPart(1));
        Assert.Null(info.Owner);
    }

    [Fact]
    public async Task AnUploadGrowingPastTwentyMegabytesIsRefused()
    {
        var grain = cluster.Grains.GetGrain<IAttachmentGrain>(AttachmentIds.New());
        var part = Bytes(AttachmentLimits.PartBytes, 3);
        for (var i = 0; i < AttachmentLimits.MaxBytes / AttachmentLimits.PartBytes; i++)
        {
            await grain.WritePart(i, part);
        }

        var refused = await Assert.ThrowsAsync<DomainException>(() => grain.WritePart(20, [1]));

        Assert.Equal((ErrorKind.TooLarge, "file"), (refused.Kind, refused.Field));
    }

    [Fact]
    public async Task AnAbandonedUploadCannotBeCompletedLater()
    {
        var grain = cluster.Grains.GetGrain<IAttachmentGrain>(AttachmentIds.New());
        await grain.WritePart(0, Bytes(10, 1));

        await grain.Abandon();

        await Assert.ThrowsAsync<DomainException>(() => grain.Complete(new AttachmentUpload("b-1", "a.pdf", "application/pdf", "li")));
        Assert.Null(await grain.GetInfo());
    }

    [Fact]
    public async Task AReportAttachesItsReportersUploadsAndTheEntryAndTheFileNameEachOther()
    {
        var (brigade, task) = await CountTask();
        var id = await Upload(brigade.Id, "li");

        var result = await task.ReportProgress(WithFiles(id), "li");

        var file = Assert.Single(result.Entry.Attachments!);
        Assert.Equal((id, "记录.pdf"), (file.Id, file.FileName));
        var info = await cluster.Grains.GetGrain<IAttachmentGrain>(id).GetInfo();
        Assert.Equal(new AttachmentOwner(AttachmentOwnerKind.Task, task.GetPrimaryKeyString(), result.Entry.Id), info!.Owner);
    }

    [Fact]
    public async Task SomeoneElsesUploadCannotBeAttachedAndTheReportChangesNothing()
    {
        var (brigade, task) = await CountTask();
        var theirs = await Upload(brigade.Id, "zhang");
        var otherBrigade = await Upload("b-elsewhere", "li");

        var notMine = await Assert.ThrowsAsync<DomainException>(() => task.ReportProgress(WithFiles(theirs), "li"));
        var elsewhere = await Assert.ThrowsAsync<DomainException>(() => task.ReportProgress(WithFiles(otherBrigade), "li"));

        Assert.Equal((ErrorKind.Invalid, "attachmentIds"), (notMine.Kind, notMine.Field));
        Assert.Equal((ErrorKind.Invalid, "attachmentIds"), (elsewhere.Kind, elsewhere.Field));
        Assert.Empty(await task.GetEntries());
        Assert.Null((await cluster.Grains.GetGrain<IAttachmentGrain>(theirs).GetInfo())!.Owner);
    }

    [Fact]
    public async Task AFileOnOneEntryCannotGoOnAnotherEntryOrTaskAndNeitherReportIsStored()
    {
        var (brigade, task) = await CountTask();
        var other = brigade.Task((await brigade.AddCount("FZ-02", "fazhi", DutyLine.Accountability, 12)).Definition.Id);
        var id = await Upload(brigade.Id, "li");
        await task.ReportProgress(WithFiles(id), "li");

        var sameTask = await Assert.ThrowsAsync<DomainException>(() => task.ReportProgress(WithFiles(id), "li"));
        var otherTask = await Assert.ThrowsAsync<DomainException>(() => other.ReportProgress(WithFiles(id), "li"));

        Assert.Equal((ErrorKind.Conflict, ErrorKind.Conflict), (sameTask.Kind, otherTask.Kind));
        Assert.Single(await task.GetEntries());
        Assert.Empty(await other.GetEntries());
    }

    [Fact]
    public async Task ARetryWithItsKeyCountsOnceButTheKeyWithOtherFilesIsRefused()
    {
        var (brigade, task) = await CountTask();
        var (first, second) = (await Upload(brigade.Id, "li"), await Upload(brigade.Id, "li"));
        var stored = await task.ReportProgress(WithFiles(first) with { IdempotencyKey = "k-1" }, "li");

        var retried = await task.ReportProgress(WithFiles(first) with { IdempotencyKey = "k-1" }, "li");
        var changed = await Assert.ThrowsAsync<DomainException>(() => task.ReportProgress(WithFiles(second) with { IdempotencyKey = "k-1" }, "li"));

        Assert.Equal((true, stored.Entry.Id), (retried.Replayed, retried.Entry.Id));
        Assert.Equal(ErrorKind.Unprocessable, changed.Kind);
        Assert.Single(await task.GetEntries());
    }

    [Fact]
    public async Task TheMonthsReportCountsTheFilesOfItsAcceptedEntriesOnly()
    {
        var (brigade, task) = await CountTask();
        await task.ReportProgress(WithFiles(await Upload(brigade.Id, "li"), await Upload(brigade.Id, "li")), "li");
        var returned = await task.ReportProgress(WithFiles(await Upload(brigade.Id, "li")), "li");
        await task.ReturnEntry(returned.Entry.Id, "材料不全", "wang");

        var report = await cluster.Grains.GetGrain<IMonthlyReportGrain>(GrainKeys.MonthlyReport(brigade.Id, 2024, 6)).Preview("wang");

        Assert.Equal(2, report.Units.Single(u => u.UnitId == "fazhi").EvidenceThisMonth);
        Assert.Equal(0, report.Units.Single(u => u.UnitId == "xuanchuan").EvidenceThisMonth);
    }

    private async Task<(TestBrigade Brigade, ITaskGrain Task)> CountTask()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        return (brigade, brigade.Task(task.Definition.Id));
    }

    private Task<string> Upload(string brigadeId, string uploadedBy) => cluster.Grains.Upload(brigadeId, uploadedBy);

    private static ProgressReport WithFiles(params string[] ids) => TestBrigade.Report(1, June10) with { AttachmentIds = ids };

    private static byte[] Bytes(int length, byte seed) => Uploads.Bytes(length, seed);
}
