namespace Responsibility.Api.Tests;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Responsibility.Grains.Abstractions;

/// <summary>
/// Uploads waiting to be attached are bounded: 413 past the account's <c>Attachments:UnattachedQuotaMB</c>, and after
/// <c>Attachments:UnattachedExpiryHours</c> (24) they can no longer be attached and are swept.
/// </summary>
public sealed class UploadBoundsApiTests
{
    private const int SevenHundredKilobytes = 700 * 1024;

    [Fact]
    public async Task AnUploadPastTheQuotaIsRefusedWith413InChineseUntilAFileIsAttached()
    {
        await using var factory = new ApiFactory { Settings = { ["Attachments:UnattachedQuotaMB"] = "1" } };
        var brigade = await new ApiBrigade(factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12);
        var head = await brigade.SignIn("fazhi");
        var first = await head.Uploaded(SampleFiles.Pdf(SevenHundredKilobytes));

        var refused = await head.Upload(SampleFiles.Pdf(SevenHundredKilobytes), "第二份.pdf");
        var refusal = await refused.Body();
        await head.ReportWithFiles(task, first.Id);
        var afterAttaching = await head.Upload(SampleFiles.Pdf(SevenHundredKilobytes), "第二份.pdf");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("上传空间已满", "file"), ((string)refusal["title"]!, (string)refusal["field"]!));
        Assert.Contains("1 MB 上限", (string)refusal["detail"]!);
        Assert.Equal(HttpStatusCode.Created, afterAttaching.StatusCode);
    }

    [Fact]
    public async Task AnUploadLeftUnattachedForADayCannotBeAttachedNorDownloadedAndIsSwept()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 6, 3, 4, 0, 0, TimeSpan.Zero));
        await using var factory = new ApiFactory { TestServices = s => s.AddKeyedSingleton<TimeProvider>(DomainClock.Key, clock) };
        var brigade = await new ApiBrigade(factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12, year: 2024);
        var head = await brigade.SignIn("fazhi");
        var upload = await head.Uploaded(SampleFiles.Pdf());
        clock.Advance(TimeSpan.FromHours(25));

        var report = await head.Report(task, new { value = 1, occurredOn = "2024-06-04", attachmentIds = new[] { upload.Id } });
        var download = await head.Download(upload.Id);
        var swept = await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IAttachmentSweepGrain>(0).Sweep();

        Assert.Equal(HttpStatusCode.BadRequest, report.StatusCode);
        var problem = await report.Problem();
        Assert.Equal(["attachmentIds"], problem.Errors!.Keys);
        Assert.Contains("已失效", problem.Errors["attachmentIds"].Single());
        Assert.Empty(await head.Entries(task));
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(1, swept.ExpiredFiles);
    }
}
