namespace Responsibility.Api.Tests;

using System.Net;

/// <summary>
/// SPEC §3 for instructions: a brigade leader writes anywhere, a leader within what they supervise, the unit's head
/// answers, leaders close and reopen (InstructionClosingTests), a Viewer never reads one. Refusals are 403 (404 for another brigade's or an
/// unknown instruction) and change nothing.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class InstructionScopeTests(SharedApi api)
{
    [Fact]
    public async Task BrigadeLeaderWritesOnAnyTaskAndALeaderOnlyOnTasksTheySupervise()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var fazhiTask = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var xuanchuanTask = await brigade.AddCountTask("XC-01", "xuanchuan", "Business", 10);
        var dadui = await brigade.SignIn("dadui");
        var zhao = await brigade.SignIn("zhao");

        var anywhere = await dadui.Instruct(xuanchuanTask);
        var supervised = await zhao.Instruct(xuanchuanTask);
        var elsewhere = await zhao.Instruct(fazhiTask);

        Assert.Equal(HttpStatusCode.Created, anywhere.StatusCode);
        Assert.Equal(HttpStatusCode.Created, supervised.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Empty(await brigade.Admin.Read<InstructionBody[]>($"/api/v1/tasks/{fazhiTask.Id()}/instructions"));
        var created = await supervised.Read<InstructionBody>();
        Assert.Equal(("xuanchuan", "zhao", "zhao", "Open"), (created.UnitId, created.LeaderId, created.AuthorName, created.Status));
    }

    [Theory]
    [InlineData("fazhi")]
    [InlineData("viewer")]
    public async Task UnitHeadsAndViewersWriteNoInstructions(string role)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var client = await brigade.SignIn(role);

        var onTask = await client.Instruct(task);
        var onUnit = await client.InstructUnit(brigade, "fazhi");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (onTask.StatusCode, onUnit.StatusCode));
        Assert.Empty(await brigade.Admin.Read<InstructionBody[]>($"/api/v1/brigades/{brigade.Id}/instructions"));
    }

    [Fact]
    public async Task LeaderWritesOnTheUnitsTheySuperviseOnlyAndAnUnknownUnitIsNotFound()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var zhao = await brigade.SignIn("zhao");

        var theirs = await zhao.InstructUnit(brigade, "xuanchuan");
        var others = await zhao.InstructUnit(brigade, "fazhi");
        var unknown = await zhao.InstructUnit(brigade, "nowhere");

        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, others.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Single(await brigade.Admin.Read<InstructionBody[]>($"/api/v1/brigades/{brigade.Id}/instructions"));
    }

    [Fact]
    public async Task OnlyTheAddressedUnitsHeadAnswers()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var id = await brigade.Issued("fazhi");

        var otherHead = await (await brigade.SignIn("xuanchuan")).Answer(id);
        var leader = await (await brigade.SignIn("dadui")).Answer(id);
        var ownHead = await (await brigade.SignIn("fazhi")).Answer(id, "已整改");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (otherHead.StatusCode, leader.StatusCode));
        Assert.Equal(HttpStatusCode.OK, ownHead.StatusCode);
        var answered = await ownHead.Read<InstructionBody>();
        Assert.Equal(("Answered", "已整改", "fazhi"), (answered.Status, Assert.Single(answered.Steps).Text, answered.Steps[0].ActorName));
    }

    [Fact]
    public async Task NeitherTheUnitsHeadNorTheAdminClosesOrReopens()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var zhao = await brigade.SignIn("zhao");
        var id = (await (await zhao.InstructUnit(brigade, "xuanchuan")).Read<InstructionBody>()).Id;
        var head = await brigade.SignIn("xuanchuan");

        var closedByHead = await head.Close(id);
        var closedByAdmin = await brigade.Admin.Close(id);
        var closedByAuthor = await zhao.Close(id);
        var reopenedByHead = await head.Reopen(id);
        var reopenedByAdmin = await brigade.Admin.Reopen(id);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (closedByHead.StatusCode, closedByAdmin.StatusCode));
        Assert.Equal(HttpStatusCode.OK, closedByAuthor.StatusCode);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (reopenedByHead.StatusCode, reopenedByAdmin.StatusCode));
        Assert.Equal("Closed", (await zhao.Read<InstructionBody>($"/api/v1/instructions/{id}")).Status);
    }

    [Fact]
    public async Task ViewerNeverReadsAnInstruction()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var id = await brigade.Issued("fazhi");
        var viewer = await brigade.SignIn("viewer");

        string[] paths =
        [
            $"/api/v1/instructions/{id}", $"/api/v1/tasks/{task.Id()}/instructions", $"/api/v1/brigades/{brigade.Id}/instructions",
            $"/api/v1/brigades/{brigade.Id}/units/fazhi/instructions", $"/api/v1/brigades/{brigade.Id}/leaders/wang/instructions",
        ];

        foreach (var path in paths)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task UnitHeadReadsItsOwnUnitsInstructionsOnly()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var theirs = await brigade.Issued("xuanchuan");
        var others = await brigade.Issued("fazhi");
        var head = await brigade.SignIn("xuanchuan");

        var listed = await head.Read<InstructionBody[]>($"/api/v1/brigades/{brigade.Id}/instructions");
        var otherUnits = await head.Read<InstructionBody[]>($"/api/v1/brigades/{brigade.Id}/units/fazhi/instructions");

        Assert.Equal([theirs], listed.Select(i => i.Id));
        Assert.Empty(otherUnits);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync($"/api/v1/instructions/{others}")).StatusCode);
    }

    [Fact]
    public async Task AnotherBrigadesInstructionIsNotFoundAndUnchanged()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var other = await new ApiBrigade(api.Factory).Create();
        var id = await brigade.Issued("fazhi");
        var outsider = await other.SignIn("dadui");
        var outsideHead = await other.SignIn("fazhi");

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/instructions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Close(id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsideHead.Answer(id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.InstructUnit(brigade, "fazhi")).StatusCode);
        Assert.Equal("Open", (await brigade.Admin.Read<InstructionBody>($"/api/v1/instructions/{id}")).Status);
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("not-an-id")]
    [InlineData("..%2F..%2Fetc")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789")]
    public async Task UnknownOrMalformedInstructionIdsAreNotFoundForEveryStep(string id)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");
        var head = await brigade.SignIn("fazhi");

        Assert.Equal(HttpStatusCode.NotFound, (await dadui.GetAsync($"/api/v1/instructions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await head.Answer(id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dadui.Close(id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dadui.Reopen(id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await brigade.Admin.GetAsync($"/api/v1/instructions/{id}")).StatusCode);
    }
}
