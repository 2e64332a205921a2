namespace Responsibility.Storage.Tests;

using System.Security.Cryptography;
using Responsibility.Storage.Attachments;

/// <summary>Behaviour every attachment-store dialect must show; subclasses supply a fresh database per test.</summary>
public abstract class AttachmentStoreConformance
{
    private static readonly DateTimeOffset UploadedAt = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A store over this test's database; a second call is a process restart over the same data.</summary>
    protected abstract SqlAttachmentStore CreateStore();

    [Fact]
    public async Task PartsReadBackAsWrittenAndTheDigestIsTheSha256OfTheWholeFile()
    {
        var store = CreateStore();
        var (first, second) = (Bytes(1000, 1), Bytes(10, 2));

        await store.WritePartAsync("a1", 0, first);
        await store.WritePartAsync("a1", 1, second);

        Assert.Equal(first, await store.ReadPartAsync("a1", 0));
        Assert.Equal(second, await store.ReadPartAsync("a1", 1));
        Assert.Null(await store.ReadPartAsync("a1", 2));
        Assert.Equal(new PartsDigest(2, 1010, Sha256([.. first, .. second])), await store.DigestAsync("a1"));
    }

    [Fact]
    public async Task DigestOfPartsWithAGapIsNull()
    {
        var store = CreateStore();
        await store.WritePartAsync("a1", 0, Bytes(5, 1));
        await store.WritePartAsync("a1", 2, Bytes(5, 2));

        Assert.Null(await store.DigestAsync("a1"));
    }

    [Fact]
    public async Task CompletedUploadSurvivesARestartWithEveryFieldAndItsBytes()
    {
        var data = Bytes(3000, 7);
        var store = CreateStore();
        await store.WritePartAsync("a1", 0, data);
        await store.CompleteAsync(Completed("a1", data));

        var again = CreateStore();

        Assert.Equal(Completed("a1", data), await again.ReadAsync("a1"));
        Assert.Equal(data, await again.ReadPartAsync("a1", 0));
    }

    [Fact]
    public async Task CompletingAnIdTwiceKeepsTheFirstRecord()
    {
        var store = CreateStore();
        var data = Bytes(10, 1);
        await store.WritePartAsync("a1", 0, data);

        Assert.True(await store.CompleteAsync(Completed("a1", data)));
        Assert.False(await store.CompleteAsync(Completed("a1", data) with { FileName = "other.pdf" }));
        Assert.Equal("记录.pdf", (await store.ReadAsync("a1"))!.FileName);
    }

    [Fact]
    public async Task PartsOfACompletedUploadCannotBeReplaced()
    {
        var store = CreateStore();
        var data = Bytes(10, 1);
        await store.WritePartAsync("a1", 0, data);
        await store.CompleteAsync(Completed("a1", data));

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.WritePartAsync("a1", 0, Bytes(10, 9)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.WritePartAsync("a1", 1, Bytes(10, 9)));
        Assert.Equal(data, await store.ReadPartAsync("a1", 0));
        Assert.Null(await store.ReadPartAsync("a1", 1));
    }

    [Fact]
    public async Task AFileAttachedToOneOwnerIsRefusedToAnotherButItsOwnerMayMoveItBetweenItsParts()
    {
        var store = CreateStore();
        await store.WritePartAsync("a1", 0, Bytes(10, 1));
        await store.CompleteAsync(Completed("a1", Bytes(10, 1)));

        var first = await store.AttachAsync("a1", new AttachmentLink("Task", "t1", "e1", UploadedAt));
        var other = await store.AttachAsync("a1", new AttachmentLink("Task", "t2", "e9", UploadedAt));
        var otherKind = await store.AttachAsync("a1", new AttachmentLink("Instruction", "t1", null, UploadedAt));
        var moved = await store.AttachAsync("a1", new AttachmentLink("Task", "t1", "e2", UploadedAt.AddMinutes(1)));

        Assert.Equal([true, false, false, true], new[] { first, other, otherKind, moved });
        Assert.Equal(new AttachmentLink("Task", "t1", "e2", UploadedAt.AddMinutes(1)), (await store.ReadAsync("a1"))!.Link);
    }

    [Fact]
    public async Task AnUnknownFileCannotBeAttached()
    {
        var store = CreateStore();

        Assert.False(await store.AttachAsync("nothing", new AttachmentLink("Task", "t1", "e1", UploadedAt)));
        Assert.Null(await store.ReadAsync("nothing"));
    }

    [Fact]
    public async Task DiscardRemovesTheBytesOfAnUnfinishedUploadButNeverOfACompletedOne()
    {
        var store = CreateStore();
        await store.WritePartAsync("unfinished", 0, Bytes(10, 1));
        await store.WritePartAsync("done", 0, Bytes(10, 2));
        await store.CompleteAsync(Completed("done", Bytes(10, 2)));

        await store.DiscardAsync("unfinished");
        await store.DiscardAsync("done");

        Assert.Null(await store.ReadPartAsync("unfinished", 0));
        Assert.Equal(Bytes(10, 2), await store.ReadPartAsync("done", 0));
    }

    [Fact]
    public async Task AnUploadThatWouldPassItsUploadersQuotaIsNotRecordedWhileAnotherUploaderAndAttachedFilesDoNotCount()
    {
        var store = CreateStore();
        var quota = new UploadQuota(25, UploadedAt.AddDays(-1));

        var first = await Upload(store, "a1", 10, "fazhi", UploadedAt, quota);
        var second = await Upload(store, "a2", 10, "fazhi", UploadedAt, quota);
        var third = await Upload(store, "a3", 10, "fazhi", UploadedAt, quota);
        var otherUploader = await Upload(store, "b1", 10, "xuanchuan", UploadedAt, quota);
        await store.AttachAsync("a1", new AttachmentLink("Task", "t1", "e1", UploadedAt));
        var afterAttaching = await Upload(store, "a4", 10, "fazhi", UploadedAt, quota);

        Assert.Equal([true, true, false, true, true], new[] { first, second, third, otherUploader, afterAttaching });
        Assert.Null(await store.ReadAsync("a3"));
    }

    [Fact]
    public async Task UploadsCompletedBeforeTheQuotasWindowDoNotCountTowardIt()
    {
        var store = CreateStore();
        await Upload(store, "old", 20, "fazhi", UploadedAt.AddDays(-2), quota: null);

        var recorded = await Upload(store, "new", 20, "fazhi", UploadedAt, new UploadQuota(25, UploadedAt.AddDays(-1)));

        Assert.True(recorded);
    }

    [Fact]
    public async Task ConcurrentUploadsOfOneUploaderNeverPassTheQuotaTogether()
    {
        var store = CreateStore();
        var quota = new UploadQuota(35, UploadedAt.AddDays(-1));

        var recorded = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Upload(store, $"c{i}", 10, "fazhi", UploadedAt, quota)));

        Assert.Equal(3, recorded.Count(r => r));
    }

    [Fact]
    public async Task AnUploadUnattachedSinceBeforeTheCutoffCannotBeAttachedButAnAttachedOneStillMovesWithinItsOwner()
    {
        var store = CreateStore();
        await Upload(store, "stale", 10, "fazhi", UploadedAt.AddDays(-2), quota: null);
        await Upload(store, "held", 10, "fazhi", UploadedAt.AddDays(-2), quota: null);
        await store.AttachAsync("held", new AttachmentLink("Task", "t1", "e1", UploadedAt.AddDays(-2)));
        var cutoff = UploadedAt.AddDays(-1);

        var stale = await store.AttachAsync("stale", new AttachmentLink("Task", "t1", "e2", UploadedAt), cutoff);
        var moved = await store.AttachAsync("held", new AttachmentLink("Task", "t1", "e2", UploadedAt), cutoff);

        Assert.Equal((false, true), (stale, moved));
        Assert.Null((await store.ReadAsync("stale"))!.Link);
    }

    [Fact]
    public async Task TheSweepRemovesUploadsLeftUnattachedBeforeTheCutoffWithTheirPartsAndKeepsTheOthers()
    {
        var store = CreateStore();
        await Upload(store, "expired", 10, "fazhi", UploadedAt.AddDays(-2), quota: null);
        await Upload(store, "attached", 10, "fazhi", UploadedAt.AddDays(-2), quota: null);
        await store.AttachAsync("attached", new AttachmentLink("Task", "t1", "e1", UploadedAt.AddDays(-2)));
        await Upload(store, "recent", 10, "fazhi", UploadedAt, quota: null);

        var swept = await store.SweepAsync(UploadedAt.AddDays(-1), orphansBelow: "");
        var again = await store.SweepAsync(UploadedAt.AddDays(-1), orphansBelow: "");

        Assert.Equal((new AttachmentSweep(1, 0), new AttachmentSweep(0, 0)), (swept, again));
        Assert.Null(await store.ReadAsync("expired"));
        Assert.Null(await store.ReadPartAsync("expired", 0));
        Assert.NotNull(await store.ReadPartAsync("attached", 0));
        Assert.NotNull(await store.ReadPartAsync("recent", 0));
    }

    [Fact]
    public async Task TheSweepRemovesPartsWithoutAnUploadBelowTheBoundButNotThoseOfAnUploadInProgressOrCompleted()
    {
        var store = CreateStore();
        await store.WritePartAsync("0100-crashed", 0, Bytes(10, 1));
        await store.WritePartAsync("0100-crashed", 1, Bytes(10, 2));
        await store.WritePartAsync("0900-in-progress", 0, Bytes(10, 3));
        await Upload(store, "0050-completed", 10, "fazhi", UploadedAt, quota: null);

        var swept = await store.SweepAsync(DateTimeOffset.MinValue, orphansBelow: "05");

        Assert.Equal(new AttachmentSweep(0, 2), swept);
        Assert.Null(await store.ReadPartAsync("0100-crashed", 0));
        Assert.Null(await store.ReadPartAsync("0100-crashed", 1));
        Assert.NotNull(await store.ReadPartAsync("0900-in-progress", 0));
        Assert.NotNull(await store.ReadPartAsync("0050-completed", 0));
    }

    private static async Task<bool> Upload(
        SqlAttachmentStore store, string id, int size, string uploadedBy, DateTimeOffset at, UploadQuota? quota)
    {
        var data = Bytes(size, 5);
        await store.WritePartAsync(id, 0, data);
        return await store.CompleteAsync(Completed(id, data) with { UploadedBy = uploadedBy, UploadedAt = at }, quota);
    }

    private static StoredAttachment Completed(string id, byte[] data) =>
        new(id, "zichuan", "记录.pdf", "application/pdf", data.Length, Sha256(data), 1, "fazhi", UploadedAt);

    private static byte[] Bytes(int length, byte seed) => [.. Enumerable.Range(0, length).Select(i => (byte)(i * 31 + seed))];

    private static string Sha256(byte[] data) => Convert.ToHexStringLower(SHA256.HashData(data));
}
