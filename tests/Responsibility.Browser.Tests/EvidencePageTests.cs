namespace Responsibility.Browser.Tests;

using System.Text;
using Microsoft.Playwright;

/// <summary>佐证材料 on the task page: chosen in the report form, listed on the entry, downloaded by those in scope.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EvidencePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task UnitHeadAttachesAFileInTheReportFormAndItIsListedForDownload()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await page.GotoAsync($"/tasks/{brigade.FazhiTask}");
        var pdf = Pdf(2 * 1024 * 1024);

        await page.FillAsync("#value", "2");
        await page.SetInputFilesAsync("#files", new FilePayload { Name = "检查记录.pdf", MimeType = "application/pdf", Buffer = pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "提交填报" }).ClickAsync();

        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("附佐证材料 1 份");
        var file = page.Locator(".entry .files li");
        await Assertions.Expect(file).ToContainTextAsync("检查记录.pdf");
        await Assertions.Expect(file).ToContainTextAsync("2.0 MB · 孙建华 上传于");
        var download = await page.RunAndWaitForDownloadAsync(() => file.GetByRole(AriaRole.Link).ClickAsync());
        Assert.Equal("检查记录.pdf", download.SuggestedFilename);
        Assert.Equal(pdf, await File.ReadAllBytesAsync((await download.PathAsync())!));
    }

    [Fact]
    public async Task AFileOfAnotherKindIsRefusedBesideTheFieldAndNothingIsReported()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await page.GotoAsync($"/tasks/{brigade.FazhiTask}");

        await page.FillAsync("#value", "2");
        await page.SetInputFilesAsync("#files", new FilePayload
        {
            Name = "通报.pdf", MimeType = "application/pdf", Buffer = Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "提交填报" }).ClickAsync();

        await Assertions.Expect(page.Locator("#files ~ .field-validation-error")).ToContainTextAsync("“通报.pdf”：只能上传 PDF");
        await Assertions.Expect(page.Locator(".entry")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#task-percent")).ToHaveTextAsync("0.0%");
    }

    [Fact]
    public async Task AFileUploadedWithARefusedReportIsKeptAndAttachedWhenTheReportIsFixed()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await page.GotoAsync($"/tasks/{brigade.FazhiTask}");

        await page.FillAsync("#value", "1,5");
        await page.SetInputFilesAsync("#files", new FilePayload { Name = "现场照片.png", MimeType = "image/png", Buffer = Png() });
        await page.GetByRole(AriaRole.Button, new() { Name = "提交填报" }).ClickAsync();
        await Assertions.Expect(page.Locator(".kept-file")).ToContainTextAsync("已上传：现场照片.png");
        await page.FillAsync("#value", "1");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交填报" }).ClickAsync();

        await Assertions.Expect(page.Locator(".entry")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".entry .files li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".entry .files li a")).ToHaveTextAsync("现场照片.png");
    }

    [Fact]
    public async Task TheSupervisingLeaderDownloadsTheFileWhileAViewerSeesNoEntryAndIsRefusedTheFile()
    {
        var brigade = await TestBrigade.Create(browser);
        var head = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await head.GotoAsync($"/tasks/{brigade.FazhiTask}");
        await head.FillAsync("#value", "1");
        await head.SetInputFilesAsync("#files", new FilePayload { Name = "记录.pdf", MimeType = "application/pdf", Buffer = Pdf(100) });
        await head.GetByRole(AriaRole.Button, new() { Name = "提交填报" }).ClickAsync();
        var href = await head.Locator(".entry .files a").GetAttributeAsync("href");

        var leader = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);
        await leader.GotoAsync($"/tasks/{brigade.FazhiTask}");
        var viewer = await browser.SignIn(brigade.Username("viewer"), TestBrigade.Password);
        await viewer.GotoAsync($"/tasks/{brigade.FazhiTask}");

        await Assertions.Expect(leader.Locator(".entry .files a")).ToHaveTextAsync("记录.pdf");
        Assert.Equal(200, (await leader.APIRequest.GetAsync(href!)).Status);
        await Assertions.Expect(viewer.Locator(".files")).ToHaveCountAsync(0);
        Assert.Equal(403, (await viewer.APIRequest.GetAsync(href!)).Status);
    }

    private static byte[] Pdf(int padding) => [.. "%PDF-1.4\n"u8, .. Enumerable.Repeat((byte)' ', padding), .. "\n%%EOF\n"u8];

    private static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];
}
