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

    private static StoredAttachment Completed(string id, byte[] data) =>
        new(id, "zichuan", "记录.pdf", "application/pdf", data.Length, Sha256(data), 1, "fazhi", UploadedAt);

    private static byte[] Bytes(int length, byte seed) => [.. Enumerable.Range(0, length).Select(i => (byte)(i * 31 + seed))];

    private static string Sha256(byte[] data) => Convert.ToHexStringLower(SHA256.HashData(data));
}
