namespace Responsibility.Api.Tests;

using System.Net;

/// <summary>A second api over the same data folder is a process restart: every acknowledged report survives it.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task RestartKeepsEveryAcknowledgedReportAndAKeyRetriedAfterItCountsOnce()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "responsibility-api-tests", Guid.NewGuid().ToString("N"));
        ApiBrigade brigade;
        string countTaskId, rateTaskId, keyedEntryId;
        string[] acknowledged;
        await using (var before = new ApiFactory(dataPath))
        {
            brigade = await new ApiBrigade(before).Create();
            var countTask = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 20);
            var rateTask = await brigade.AddRateTask("FZ-02", "fazhi", 0.9);
            (countTaskId, rateTaskId) = (countTask.Id(), rateTask.Id());
            var head = await brigade.SignIn("fazhi");
            var answers = new List<HttpResponseMessage>
            {
                await head.Report(countTask, new { value = 2 }, "restart-key-1"),
                await head.Report(countTask, new { value = 3 }),
                await head.Report(countTask, new { value = 4 }, "restart-key-2"),
                await head.Report(countTask, new { value = 1 }),
                await head.Report(rateTask, new { value = 0.81 }, "restart-key-3"),
            };
            Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
            acknowledged = await Task.WhenAll(answers.Select(async a => (await a.Read<EntryWithTaskBody>()).Entry.Id));
            keyedEntryId = acknowledged[2];
        }

        await using var after = new ApiFactory(dataPath);
        var admin = await after.SignInAsAdmin();
        var unitHead = await after.SignIn(brigade.Username("fazhi"), ApiBrigade.Password);
        var entries = (await admin.Read<EntryBody[]>($"/api/v1/tasks/{countTaskId}/progress"))
            .Concat(await admin.Read<EntryBody[]>($"/api/v1/tasks/{rateTaskId}/progress"));
        var retry = await unitHead.Report(new() { ["id"] = countTaskId }, new { value = 4 }, "restart-key-2");
        var rollup = await admin.Read<BrigadeRollupBody>($"/api/v1/brigades/{brigade.Id}/rollup");

        Assert.Equal(acknowledged.Order(), entries.Select(e => e.Id).Order());
        Assert.True(retry.IsSuccessStatusCode);
        Assert.Equal(keyedEntryId, (await retry.Read<EntryWithTaskBody>()).Entry.Id);
        Assert.Equal(4, (await admin.Read<EntryBody[]>($"/api/v1/tasks/{countTaskId}/progress")).Length);
        var countTaskAfter = await admin.Read<TaskBody>($"/api/v1/tasks/{countTaskId}");
        Assert.Equal(10, countTaskAfter.Progress.Actual);
        Assert.Equal(0.81, (await admin.Read<TaskBody>($"/api/v1/tasks/{rateTaskId}")).Progress.Actual, 9);
        Assert.Equal((0.5 + 0.9) / 2, rollup.Unit("fazhi").Percent, 9);
        Assert.Equal((0.5 + 0.9) / 2, rollup.Percent, 9);
    }

    [Fact]
    public async Task TokenIssuedBeforeARestartIsStillAccepted()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "responsibility-api-tests", Guid.NewGuid().ToString("N"));
        System.Net.Http.Headers.AuthenticationHeaderValue token;
        await using (var before = new ApiFactory(dataPath))
        {
            token = (await before.SignInAsAdmin()).DefaultRequestHeaders.Authorization!;
        }

        await using var after = new ApiFactory(dataPath);
        var client = after.CreateClient();
        client.DefaultRequestHeaders.Authorization = token;

        var me = await client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("admin", (await me.Read<MeBody>()).Username);
    }
}
