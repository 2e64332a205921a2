namespace Responsibility.Api.Tests;

using System.Net;
using System.Text.Json.Nodes;

/// <summary>An instruction through the API from 批示 to 办结 and back, each step in the audit trail, wrong steps refused.</summary>
[Collection(ApiCollection.Name)]
public sealed class InstructionLifecycleApiTests(SharedApi api)
{
    [Fact]
    public async Task InstructionIsAnsweredClosedReopenedAndClosedAgainEachStepInTheAuditTrail()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var dadui = await brigade.SignIn("dadui");
        var head = await brigade.SignIn("fazhi");
        var created = await dadui.Instruct(task, "请于月底前完成执法质量检查", ApiInstructions.Today(10));
        var id = (await created.Read<InstructionBody>()).Id;

        var scan = await head.Uploaded(SampleFiles.Pdf(), "检查记录.pdf");
        (await head.Answer(id, "已完成检查 2 次", [scan.Id])).EnsureSuccessStatusCode();
        (await dadui.Close(id)).EnsureSuccessStatusCode();
        (await dadui.Reopen(id, "检查记录未附")).EnsureSuccessStatusCode();
        var reopened = await dadui.Read<InstructionBody>($"/api/v1/instructions/{id}");
        (await head.Answer(id, "已补附检查记录")).EnsureSuccessStatusCode();
        var closed = await (await dadui.Close(id)).Read<InstructionBody>();

        Assert.Equal(new Uri($"/api/v1/instructions/{id}", UriKind.Relative), created.Headers.Location);
        Assert.Equal(("Open", false), (reopened.Status, reopened.Answered));
        Assert.Equal("Closed", closed.Status);
        Assert.Equal(["Answered", "Closed", "Reopened", "Answered", "Closed"], closed.Steps.Select(s => s.Kind));
        Assert.Equal(["检查记录.pdf"], closed.Steps[0].Attachments.Select(f => f.FileName));
        var trail = await dadui.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/audit?limit=20");
        var kinds = trail["entries"]!.AsArray().Select(e => (string)e!["kind"]!).Where(k => k.StartsWith("Instruction", StringComparison.Ordinal));
        Assert.Equal(
            ["InstructionClosed", "InstructionAnswered", "InstructionReopened", "InstructionClosed", "InstructionAnswered", "InstructionIssued"], kinds);
    }

    [Fact]
    public async Task ClosingTwiceIsAConflictAndAnsweringAClosedInstructionToo()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var id = await brigade.Issued("fazhi");
        var dadui = await brigade.SignIn("dadui");
        (await dadui.Close(id)).EnsureSuccessStatusCode();

        var again = await dadui.Close(id);
        var late = await (await brigade.SignIn("fazhi")).Answer(id);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (again.StatusCode, late.StatusCode));
        Assert.Equal(409, (await late.Problem()).Status);
        Assert.Single((await dadui.Read<InstructionBody>($"/api/v1/instructions/{id}")).Steps);
    }

    [Fact]
    public async Task UnitAndLeaderListsShowTheirInstructions()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var fazhi = await brigade.Issued("fazhi");
        var xuanchuan = await brigade.Issued("xuanchuan");
        var dadui = await brigade.SignIn("dadui");

        var ofUnit = await dadui.Read<InstructionBody[]>($"/api/v1/brigades/{brigade.Id}/units/fazhi/instructions");
        var ofLeader = await dadui.Read<InstructionBody[]>($"/api/v1/brigades/{brigade.Id}/leaders/zhao/instructions");
        var unknownLeader = await dadui.GetAsync($"/api/v1/brigades/{brigade.Id}/leaders/nobody/instructions");

        Assert.Equal([fazhi], ofUnit.Select(i => i.Id));
        Assert.Equal([xuanchuan], ofLeader.Select(i => i.Id));
        Assert.Equal(HttpStatusCode.NotFound, unknownLeader.StatusCode);
    }

    [Fact]
    public async Task RunningMonthsPreviewListsTheInstructionsInSectionSix()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var id = await brigade.Issued("fazhi", ApiInstructions.Today(20));
        await (await brigade.SignIn("fazhi")).Answer(id, "已部署专项整改");
        var month = ApiInstructions.Today()[..7];

        var preview = await (await brigade.SignIn("dadui")).GetStringAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{month}?preview=true&format=md");

        Assert.Contains("领导批示督办事项办理情况", preview);
        Assert.Contains("规范执法台账", preview);
        Assert.Contains("办理情况：已部署专项整改", preview);
        Assert.DoesNotContain("本月无领导批示督办事项", preview);
    }
}
