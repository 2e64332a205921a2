namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>佐证材料 on the instruction page: chosen in the answer form, listed on the answer, downloaded by those who read it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AnswerEvidencePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task UnitHeadAnswersWithAFileAndTheAuthorDownloadsItWhileAViewerIsRefused()
    {
        var brigade = await TestBrigade.Create(browser);
        var id = await brigade.Instruct("dadui", "fazhi", "请补报执法案卷评查材料");
        var head = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await head.GotoAsync($"/instructions/{id}");
        var pdf = Pdf(1536 * 1024);

        await head.FillAsync("#answer", "已完成评查，评查表附后");
        await head.SetInputFilesAsync("#files", new FilePayload { Name = "评查表.pdf", MimeType = "application/pdf", Buffer = pdf });
        await head.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();

        await Assertions.Expect(head.Locator(".notice")).ToContainTextAsync("附佐证材料 1 份");
        var leader = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);
        await leader.GotoAsync($"/instructions/{id}");
        var file = leader.Locator(".steps .files li");
        await Assertions.Expect(file).ToContainTextAsync("评查表.pdf");
        await Assertions.Expect(file).ToContainTextAsync("PDF 文件 · 1.5 MB");
        var download = await leader.RunAndWaitForDownloadAsync(() => file.GetByRole(AriaRole.Link).ClickAsync());
        Assert.Equal(pdf, await File.ReadAllBytesAsync((await download.PathAsync())!));
        var href = await file.GetByRole(AriaRole.Link).GetAttributeAsync("href");
        var viewer = await browser.SignIn(brigade.Username("viewer"), TestBrigade.Password);
        Assert.Equal(403, (await viewer.APIRequest.GetAsync(href!)).Status);
    }

    [Fact]
    public async Task AFileChosenWithARefusedAnswerIsKeptAndAttachedWhenTheAnswerIsWritten()
    {
        var brigade = await TestBrigade.Create(browser);
        var id = await brigade.Instruct("dadui", "fazhi", "请补报执法案卷评查材料");
        var head = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await head.GotoAsync($"/instructions/{id}");

        await head.SetInputFilesAsync("#files", new FilePayload { Name = "现场照片.png", MimeType = "image/png", Buffer = Png() });
        await head.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
        await Assertions.Expect(head.Locator("#answer + .field-validation-error")).ToHaveTextAsync("不能为空。");
        await Assertions.Expect(head.Locator(".kept-file")).ToContainTextAsync("已上传：现场照片.png");
        await head.FillAsync("#answer", "已补报");
        await head.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();

        await Assertions.Expect(head.Locator("#instruction-status")).ToHaveTextAsync("已答复待办结");
        await Assertions.Expect(head.Locator(".steps .files li a")).ToHaveTextAsync("现场照片.png");
        await Assertions.Expect(head.Locator(".steps .files li")).ToContainTextAsync("图片");
    }

    private static byte[] Pdf(int padding) => [.. "%PDF-1.4\n"u8, .. Enumerable.Repeat((byte)' ', padding), .. "\n%%EOF\n"u8];

    private static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];
}
