namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>履责纪实 from the leader page: a record fulfils its slot and shows in the 廉政档案; a past slot unrecorded shows as 未履责; a Viewer reads counts only.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DutyRecordPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task LeaderRecordsATalkAgainstADueSlotAndFindsItInTheArchive()
    {
        var brigade = await TestBrigade.Create(browser);
        var today = BrigadeToday.Date;
        await brigade.PutDutyItem(today.Year, "tanhua", "开展谈心谈话");
        var slot = $"tanhua:{today:yyyy-MM}";
        var page = await browser.SignIn(brigade.Username("zhao"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/leaders/zhao");
        await Assertions.Expect(page.Locator($"#duties .slots [data-slot='{slot}']")).ToContainTextAsync("待履责");

        await page.GetByRole(AriaRole.Link, new() { Name = "记录履责" }).ClickAsync();
        await page.SelectOptionAsync("#record-kind", "Talk");
        await page.FillAsync("#record-content", "与宣传中队刘晓燕谈心，了解思想和工作情况");
        await page.FillAsync("#record-participants", "刘晓燕、李明");
        await page.Locator($"input[name='Input.SlotIds'][value='{slot}']").CheckAsync();
        await page.SetInputFilesAsync("#files", new FilePayload { Name = "谈话记录.pdf", MimeType = "application/pdf", Buffer = Pdf() });
        await page.GetByRole(AriaRole.Button, new() { Name = "保存纪实" }).ClickAsync();

        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("已记录赵刚的谈心谈话。");
        await Assertions.Expect(page.Locator($"#duties .all-items [data-slot='{slot}']")).ToContainTextAsync("已履责");
        await Assertions.Expect(page.Locator($"#duties .slots [data-slot='{slot}']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#records .record")).ToContainTextAsync("参加人员：刘晓燕、李明");
        await page.GetByRole(AriaRole.Link, new() { Name = "廉政档案" }).ClickAsync();
        var talk = page.Locator("#talks .record");
        await Assertions.Expect(talk).ToContainTextAsync("与宣传中队刘晓燕谈心");
        await Assertions.Expect(talk).ToContainTextAsync("开展谈心谈话（");
        await Assertions.Expect(talk.Locator(".files")).ToContainTextAsync("谈话记录.pdf");
        await Assertions.Expect(page.Locator("#pledges li")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task ARecordDatedOutsideItsSlotIsRefusedAndKeepsTheFile()
    {
        var brigade = await TestBrigade.Create(browser);
        var today = BrigadeToday.Date;
        await brigade.PutDutyItem(today.Year, "dangke", "讲廉政党课", "Yearly");
        var page = await browser.SignIn(brigade.Username("zhao"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/records/new?leader=zhao");

        await page.SelectOptionAsync("#record-kind", "Lecture");
        await page.FillAsync("#record-date", $"{today.Year - 1}-12-20");
        await page.FillAsync("#record-content", "讲授廉政党课");
        await page.Locator($"input[name='Input.SlotIds'][value='dangke:{today.Year}']").CheckAsync();
        await page.SetInputFilesAsync("#files", new FilePayload { Name = "课件.pdf", MimeType = "application/pdf", Buffer = Pdf() });
        await page.GetByRole(AriaRole.Button, new() { Name = "保存纪实" }).ClickAsync();

        await Assertions.Expect(page.Locator(".record-form .field-validation-error")).ToContainTextAsync("时点");
        await Assertions.Expect(page.Locator(".kept-file")).ToContainTextAsync("已上传：课件.pdf");
    }

    [Fact]
    public async Task APastSlotWithoutARecordShowsAsNotFulfilled()
    {
        var brigade = await TestBrigade.Create(browser);
        var year = BrigadeToday.Date.Year;
        await brigade.PutDutyItem(year, "jingshi", "组织警示教育", "Once", $"{year}-01-15");
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);

        await page.GotoAsync($"/b/{brigade.Id}/leaders/zhao?asOf={year}-12-31");

        var slot = page.Locator($"#duties .slots [data-slot='jingshi:{year}']");
        await Assertions.Expect(slot).ToContainTextAsync("未履责");
        await Assertions.Expect(slot).ToContainTextAsync("组织警示教育");
        await Assertions.Expect(page.Locator("#duties [data-line=Accountability]")).ToContainTextAsync("未履责 1 项");
    }

    [Fact]
    public async Task ViewerSeesTheCountsButNotWhatWasRecorded()
    {
        var brigade = await TestBrigade.Create(browser);
        var today = BrigadeToday.Date;
        await brigade.PutDutyItem(today.Year, "tanhua", "开展谈心谈话");
        await brigade.RecordDuty("zhao", new
        {
            kind = "Talk", occurredOn = today.ToString("yyyy-MM-dd"), content = "谈话涉及个人家庭困难", leaderId = "zhao",
            slotIds = new[] { $"tanhua:{today:yyyy-MM}" },
        });
        var page = await browser.SignIn(brigade.Username("viewer"), TestBrigade.Password);

        await page.GotoAsync($"/b/{brigade.Id}/leaders/zhao");

        await Assertions.Expect(page.Locator("#duties [data-line=Accountability]")).ToContainTextAsync("已履责 1 项");
        await Assertions.Expect(page.Locator("#records-hidden")).ToBeVisibleAsync();
        Assert.DoesNotContain("家庭困难", await page.Locator("body").InnerTextAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "记录履责" })).ToHaveCountAsync(0);
        var archive = await page.GotoAsync($"/b/{brigade.Id}/leaders/zhao/archive");
        Assert.Equal(403, archive!.Status);
        await Assertions.Expect(page.Locator(".problem")).ToContainTextAsync("您没有权限查看此页面");
    }

    [Fact]
    public async Task UnitHeadMayNotRecordForAnotherUnit()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);

        var response = await page.GotoAsync($"/b/{brigade.Id}/records/new?unit=xuanchuan");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator(".problem")).ToContainTextAsync("您没有权限查看此页面");
    }

    [Fact]
    public async Task AnInterviewsRectificationDemandGoesToTheUnitAsAnInstruction()
    {
        var brigade = await TestBrigade.Create(browser);
        var due = BrigadeToday.Date.AddDays(30);
        var page = await browser.SignIn(brigade.Username("zhao"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/records/new?leader=zhao");

        await page.SelectOptionAsync("#record-kind", "Interview");
        await page.FillAsync("#record-content", "约谈宣传中队负责人，指出稿件审核把关不严");
        await page.FillAsync("#follow-up-text", "建立稿件双人审核制度");
        await page.Locator(".follow-up").GetByLabel("宣传中队").CheckAsync();
        await page.FillAsync("#follow-up-due", due.ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "保存纪实" }).ClickAsync();

        var record = page.Locator("#records .record").First;
        await Assertions.Expect(record).ToContainTextAsync("整改要求：建立稿件双人审核制度");
        await record.GetByRole(AriaRole.Link, new() { Name = "督办情况" }).ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("建立稿件双人审核制度");
        var head = await browser.SignIn(brigade.Username("xuanchuan"), TestBrigade.Password);
        await head.GotoAsync($"/b/{brigade.Id}/units/xuanchuan");
        await Assertions.Expect(head.Locator("#instructions")).ToContainTextAsync("建立稿件双人审核制度");
    }

    [Fact]
    public async Task UnitHeadRecordsForTheUnitAndReadsItsRisksOnTheUnitPage()
    {
        var brigade = await TestBrigade.Create(browser);
        await brigade.PutRisk(BrigadeToday.Date.Year, "r1", "fazhi", "案件审核把关不严");
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/units/fazhi");
        await Assertions.Expect(page.Locator("#risks")).ToContainTextAsync("案件审核把关不严");

        await page.GetByRole(AriaRole.Link, new() { Name = "记录履责" }).ClickAsync();
        await page.SelectOptionAsync("#record-kind", "RiskReview");
        await page.FillAsync("#record-content", "排查执法办案岗位廉政风险点");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存纪实" }).ClickAsync();

        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("已记录法制室的廉政风险点排查。");
        await Assertions.Expect(page.Locator("#duties .record")).ToContainTextAsync("排查执法办案岗位廉政风险点");
        await Assertions.Expect(page.Locator("#duties .record")).ToContainTextAsync("孙建华 记录");
        await Assertions.Expect(page.Locator(".follow-up")).ToHaveCountAsync(0);
    }

    private static byte[] Pdf() => [.. "%PDF-1.4\n"u8, .. Enumerable.Repeat((byte)' ', 2048), .. "\n%%EOF\n"u8];
}
