namespace Responsibility.Api.OpenApi;

using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Progress;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A request and a response example for each write operation, keyed by operationId. They are the API's own records
/// serialized with its JSON options, so an example cannot name a field the API does not read or write. The figures
/// follow the demo brigade: 查处酒驾醉驾 by 秩序中队 with a yearly target of 600, as it stood at the end of October 2026.
/// </summary>
public static class Examples
{
    private static readonly DateOnly AsOf = new(2026, 10, 31);
    private static readonly DateTimeOffset Now = new(2026, 10, 31, 16, 20, 0, TimeSpan.FromHours(8));

    private static readonly Metric DrunkDrivingMetric = new(MetricKind.Count, 600, "起", RateDirection.HigherIsBetter, []);

    private static readonly TaskResponse DrunkDriving = new(
        "019a0c4e7b2f7c3d9e51a6b8c0d2e4f6", "ZX-01", 2026, "查处酒驾醉驾违法行为", "秩序整治", "zhixu", "liuhaitao", DutyLine.Business,
        DrunkDrivingMetric, 1, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null, null,
        new TaskProgress(480, 0.8, 0.8, 0.8329, 0.0329, ProgressStatus.Green, false, AsOf), 14, "zichuan", new DateOnly(2026, 12, 31), 0);

    private static readonly EntryResponse Entry = new(
        "019a3b8f5c417d02a9e6b3c7d1f08e25", 28, null, new DateOnly(2026, 10, 30), Now, "zhixu",
        "10月下旬夜查行动查处酒驾醉驾 28 起，其中醉驾 6 起。", "夜查行动登记表（10月下旬）", false, null, null, null, []);

    private static readonly FrozenDictionary<string, (object? Request, object? Response)> ByOperation =
        new Dictionary<string, (object?, object?)>
        {
            ["issueToken"] = (new SignIn("zhixu", "your-password"), new TokenResponse("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…", 28800)),
            ["changePassword"] = (new ChangePassword("your-password", "a-longer-new-password"), null),
            ["configureBrigade"] = (
                new ConfigureBrigade("淄川大队", "中共淄博市公安局交通警察支队淄川大队总支部委员会", "淄博市公安局交通警察支队", "Asia/Shanghai", "区委、区政府",
                    new ThresholdsBody(0.10, 0.25, 7)),
                new BrigadeInfo("zichuan",
                    new BrigadeSettings("淄川大队", "中共淄博市公安局交通警察支队淄川大队总支部委员会", "淄博市公安局交通警察支队", "Asia/Shanghai", "区委、区政府",
                        StatusThresholds.Default),
                    [new UnitDefinition("zhixu", "秩序中队", "中队", "李强")],
                    [new LeaderDefinition("liuhaitao", "刘海涛", "副大队长", false, ["zhixu"], ["秩序整治", "路面执法"])],
                    [2026], new DateOnly(2026, 1, 4))),
            ["putUnit"] = (new UpsertUnit("秩序中队", "中队", "李强"), new UnitDefinition("zhixu", "秩序中队", "中队", "李强")),
            ["putLeader"] = (
                new UpsertLeader("刘海涛", "副大队长", false, ["zhixu"], ["秩序整治", "路面执法"]),
                new LeaderDefinition("liuhaitao", "刘海涛", "副大队长", false, ["zhixu"], ["秩序整治", "路面执法"])),
            ["putUser"] = (
                new UpsertUser("李强", "initial-password-1", Role.UnitHead, "zhixu", null),
                new UserResponse("zhixu", "李强", Role.UnitHead, "zichuan", "zhixu", null, false)),
            ["createTask"] = (
                new CreateTask(2026, "ZX-01", "查处酒驾醉驾违法行为", "秩序整治", "zhixu", "liuhaitao", DutyLine.Business,
                    new MetricBody(MetricKind.Count, 600, "起", null, null), 1, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null, null),
                DrunkDriving with { Progress = new TaskProgress(0, 0, 0, 0, 0, ProgressStatus.NotStarted, false, new DateOnly(2026, 1, 4)), Version = 1 }),
            ["updateTask"] = (
                new UpdateTask(null, null, null, null, null, 650, null, null, null, null, null, null),
                DrunkDriving with
                {
                    Metric = DrunkDrivingMetric with { Target = 650 },
                    Progress = new TaskProgress(480, 0.7385, 0.7385, 0.8329, 0.0944, ProgressStatus.Green, false, AsOf),
                    Version = 15,
                }),
            ["reportProgress"] = (
                new ReportProgress(28, null, new DateOnly(2026, 10, 30), "10月下旬夜查行动查处酒驾醉驾 28 起，其中醉驾 6 起。", "夜查行动登记表（10月下旬）"),
                new EntryWithTask(Entry, DrunkDriving)),
            ["returnEntry"] = (
                new ReturnEntry("数字与夜查登记表不一致，请核对后重新填报。"),
                new EntryWithTask(
                    Entry with { Returned = true, ReturnReason = "数字与夜查登记表不一致，请核对后重新填报。", ReturnedBy = "dadui", ReturnedAt = Now.AddHours(1) },
                    DrunkDriving with { Progress = DrunkDriving.Progress with { Actual = 452, Percent = 0.7533, Ratio = 0.7533, Lag = 0.0796 }, Version = 15 })),
        }.Concat(SupervisionExamples.ByOperation).Concat(DutyExamples.ByOperation).Concat(BulletinExamples.ByOperation).Concat(InspectionExamples.ByOperation).Concat(ExtensionExamples.ByOperation).Concat(AccountabilityExamples.ByOperation).Concat(BallotExamples.ByOperation).Concat(AppraisalExamples.ByOperation).Concat(DetachmentExamples.ByOperation).Concat(DetachmentDownExamples.ByOperation).Concat(DetachmentOrgExamples.ByOperation).Concat(TemplateExamples.ByOperation).Concat(DetachmentReportExamples.ByOperation).ToFrozenDictionary();

    private static readonly ValidationProblemDetails InvalidReport = new(new Dictionary<string, string[]>
    {
        ["value"] = ["须填写数值或完成的节点（二者填一项）。"],
    })
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        Title = "One or more validation errors occurred.",
        Status = StatusCodes.Status400BadRequest,
    };

    /// <summary>The operations that have examples, for the test that checks every write operation has one.</summary>
    public static IEnumerable<string> OperationIds => ByOperation.Keys;

    public static void Add(OpenApiOperation operation, JsonSerializerOptions json)
    {
        if (operation.OperationId is not { } id || !ByOperation.TryGetValue(id, out var example))
        {
            return;
        }

        if (example.Request is not null && operation.RequestBody?.Content?.TryGetValue("application/json", out var request) == true)
        {
            request.Example = JsonSerializer.SerializeToNode(example.Request, example.Request.GetType(), json);
        }

        if (example.Response is not null && FirstSuccess(operation) is { } response)
        {
            response.Example = JsonSerializer.SerializeToNode(example.Response, example.Response.GetType(), json);
        }

        if (id == "reportProgress" && operation.Responses?.TryGetValue("400", out var invalid) == true && invalid.Content?.Values.FirstOrDefault() is { } problem)
        {
            problem.Example = JsonSerializer.SerializeToNode(InvalidReport, json);
        }
    }

    private static OpenApiMediaType? FirstSuccess(OpenApiOperation operation) =>
        operation.Responses?
            .Where(r => r.Key.StartsWith('2'))
            .Select(r => r.Value.Content?.TryGetValue("application/json", out var media) == true ? media : null)
            .FirstOrDefault(m => m is not null);
}
