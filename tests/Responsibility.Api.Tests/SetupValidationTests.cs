namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;

/// <summary>Setting up a brigade with bad ids, targets, dates or names answers 400 naming the field, and stores nothing.</summary>
[Collection(ApiCollection.Name)]
public sealed class SetupValidationTests(SharedApi api)
{
    private static readonly int Year = DateTime.UtcNow.Year;

    [Theory]
    [InlineData("Bad_Id")]
    [InlineData("-leading-dash")]
    [InlineData("中文")]
    public async Task UnitIdThatBreaksTheSlugRuleIsRejectedAndNoUnitIsCreated(string unitId)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();

        var response = await brigade.Admin.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/units/{unitId}", new { name = "秩序中队" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["unitId"], (await response.Problem()).Errors!.Keys);
        var org = await brigade.Admin.Read<OrgBody>($"/api/v1/brigades/{brigade.Id}");
        Assert.Equal(["fazhi", "xuanchuan"], org.Units.Select(u => u.Id).Order());
    }

    [Fact]
    public async Task BrigadeIdWithUppercaseLettersIsRejected()
    {
        var admin = await api.Factory.SignInAsAdmin();
        var id = "B-" + Guid.NewGuid().ToString("N")[..8];

        var response = await admin.PutAsJsonAsync($"/api/v1/brigades/{id}", new
        {
            name = "周村大队", partyOrgName = "周村大队党总支", detachmentName = "淄博市公安局交通警察支队",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["brigadeId"], (await response.Problem()).Errors!.Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/brigades/{id.ToLowerInvariant()}")).StatusCode);
    }

    [Fact]
    public async Task UnitNameLongerThan100CharactersIsRejectedAndTheUnitKeepsItsName()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();

        var response = await brigade.Admin.PutAsJsonAsync(
            $"/api/v1/brigades/{brigade.Id}/units/fazhi", new { name = new string('法', 101) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["name"], (await response.Problem()).Errors!.Keys);
        var org = await brigade.Admin.Read<OrgBody>($"/api/v1/brigades/{brigade.Id}");
        Assert.Equal("法制室", org.Units.Single(u => u.Id == "fazhi").Name);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-12)]
    public async Task CountTaskWithATargetThatIsNotPositiveIsRejectedAndNotCreated(double target)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();

        var response = await brigade.Admin.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/tasks", NewTask(target, $"{Year}-01-01", $"{Year}-12-31"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["metric.target"], (await response.Problem()).Errors!.Keys);
        Assert.Empty(await brigade.Admin.Read<TaskBody[]>($"/api/v1/brigades/{brigade.Id}/tasks"));
    }

    [Fact]
    public async Task TaskDueBeforeItStartsIsRejectedAndNotCreated()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();

        var response = await brigade.Admin.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/tasks", NewTask(12, $"{Year}-06-01", $"{Year}-05-31"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["due"], (await response.Problem()).Errors!.Keys);
        Assert.Empty(await brigade.Admin.Read<TaskBody[]>($"/api/v1/brigades/{brigade.Id}/tasks"));
    }

    [Fact]
    public async Task TaskWithAValidBodyIsCreated()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();

        var response = await brigade.Admin.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/tasks", NewTask(12, $"{Year}-01-01", $"{Year}-12-31"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Read<TaskBody>();
        Assert.Equal("wang", created.LeaderId);
        Assert.Equal(created.Id, Assert.Single(await brigade.Admin.Read<TaskBody[]>($"/api/v1/brigades/{brigade.Id}/tasks")).Id);
    }

    private static object NewTask(double target, string start, string due) => new
    {
        year = Year, code = "FZ-01", title = "执法质量检查", category = "执法监督", unitId = "fazhi", dutyLine = "Accountability",
        metric = new { kind = "Count", target, unitLabel = "次" }, start, due,
    };
}
