namespace Responsibility.Api.OpenApi;

using Microsoft.OpenApi;

/// <summary>
/// The v1 contract at <c>/openapi/v1.json</c> as integrators generate clients from it: who publishes it and under what
/// terms, what each tag covers, the bearer scheme, and operations, problems, schemas and examples described as the API
/// behaves (<see cref="OperationDocs"/>, <see cref="SchemaDocs"/>).
/// </summary>
public static class ApiDocument
{
    public const string Bearer = "bearer";

    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>
    {
        ["Auth"] = "Tokens, the signed-in account, its password and signing out.",
        ["Brigades"] = "A brigade (大队): its settings, base units (基层单位), leaders (班子成员) and accounts. Set up by the Admin.",
        ["Tasks"] = "Yearly tasks (年度任务), their progress entries (进度填报) and returns (退回).",
        ["Rollups"] = "Live progress of the brigade, a unit or a leader's two duty lines (一岗双责), against the time-expected pace (序时进度).",
        ["Reports"] = "The monthly meeting report (月度调度报告) and the annual rule-of-law report draft, as JSON, Markdown, HTML or DOCX.",
        ["Audit"] = "The audit trail (留痕): every change with who made it, when and what changed. Read only.",
        ["Instructions"] = "Instructions (批示/督办) on a task or a unit: written by a leader, answered by the unit (办理情况) with evidence, closed (办结) or reopened by their author; a 支队's 督办 to a brigade is answered by the brigade's leaders and closed by the detachment's.",
        ["Meetings"] = "The monthly 党总支扩大会: its record, the report it heard, its decisions (议定事项) carried out as instructions, and its minutes (会议纪要).",
        ["Inbox"] = "What needs the signed-in account now (待办): reports due in the reporting cycle (催报), returned entries, instructions due, overdue or answered, and the slots of the 责任清单 the account holds that are due now or were missed (未履责) lately.",
        ["Attachments"] = "Evidence files (佐证材料): uploaded once, attached to a progress entry or an instruction's answer, read within the scope of what they are attached to.",
        ["Ledger"] = "The Excel 台账: a year's tasks exported as .xlsx, and a sheet or CSV imported to create or change tasks by code.",
        ["Duties"] = "明责 and 履责: the year's 责任清单 (also as .xlsx, exported and imported), each leader's and unit's slots (履责时点), 履责纪实 records and 谈话, 责任书 (also as the signed document: md, html, docx) and their signing with the 签订率, the 廉政风险点 register and a leader's 廉政档案.",
        ["Bulletins"] = "通报: 情况通报 of an inspection, 表扬 and 批评 of the units the data names; drafted from the data, edited while a draft, issued (签发) under the brigade's number of the year (〔2026〕第N期) and frozen; read as JSON or as the 公文 (md, html, docx). A 支队 issues its own, naming brigades, under its own numbers; issued, they are circulated to the brigades named.",
        ["Inspections"] = "督责: inspections (检查) and their findings, each a 整改 item of its unit with 责任领导, measures and due date (original and current); the unit reports 整改情况 with evidence, the checkers close it (销号, only with evidence) or send it back (退回); the 整改台账 as JSON or .xlsx.",
        ["Accountability"] = "述责述廉: a leader's yearly report, drafted from their data on its first read (履行主体责任和“一岗双责”情况 with the figures of both lines, 存在的问题, 下一步打算) with the 廉洁自律 part left to the leader; edited and submitted by the leader, returned with a note or accepted by a BrigadeLeader other than the leader; every version kept; read as JSON or as the 公文 (md, html, docx).",
        ["Extensions"] = "延期申请: a unit's head asks to move a task's, an instruction's, a 整改 item's or a duty slot's due date before it passes; the 分管领导 decides a first one of up to 30 days, a BrigadeLeader any other, never the requester; a grant moves the current date and keeps the original (also as the 延期申请审批单: md, html, docx).",
        ["Detachments"] = "A 支队 over its brigades: established by the system Admin, its brigades attached (with their data) or created under it, its accounts (DetachmentAdmin, DetachmentLeader, DetachmentViewer), who read their brigades through the brigades' own routes and write only at the detachment's level.",
        ["Templates"] = "上级交办: a 支队 hands a task down to every brigade as a template; each brigade gets an instance (a task of its own marked 支队交办 with its source) that waits for its unit and leader (in the brigade Admin's inbox, out of the rollups) and counts once assigned; the template compares the brigades on it, and a change reaches every instance as a visible change.",
        ["Appraisal"] = "评责: the year's 考核方案 (two levels of indicators with 分值, 评分标准 and automatic rules, 档次 thresholds, quarterly or yearly), the scores of a period counted from the log as of a day with their causes, 自评分 by the subject and 考核组评分 kept apart, the lock that freezes a period and the adjustments after it, with rank and 档次.",
        ["Detachments"] = "支队: a detachment over its brigades. Its dashboard (the brigades ranked as of a day: percent vs 序时进度, status counts, units not reported (催报), overdue 督办 and 整改, extensions granted, 考核 score) and its 汇总台账 (.xlsx: a summary sheet plus one sheet per brigade). Only figures flow up; a brigade's entries are read in the brigade.",
    };

    public static IServiceCollection AddApiDocument(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer((document, context, _) =>
        {
            Describe(document, context.ApplicationServices.GetRequiredService<IConfiguration>());
            return Task.CompletedTask;
        });
        options.AddOperationTransformer(OperationDocs.Transform);
        options.AddSchemaTransformer(SchemaDocs.Transform);
    });

    private static void Describe(OpenApiDocument document, IConfiguration configuration)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Responsibility API",
            Version = "v1",
            Description =
                "一岗双责 responsibilities of a county traffic-police brigade: yearly tasks, progress reports, live rollups and " +
                "the monthly and annual reports. JSON with camelCase names; errors are RFC 9457 problem+json naming the field; " +
                "Rate values are fractions in [0,1]; dates are ISO 8601 in the brigade's time zone. Sign in with " +
                "`POST /api/v1/auth/token` and send the token as `Authorization: Bearer …`.",
            Contact = new OpenApiContact
            {
                Name = configuration["OpenApi:ContactName"] ?? "大队办公室（系统管理员）",
                Email = configuration["OpenApi:ContactEmail"],
            },
            License = new OpenApiLicense { Name = "Proprietary: for the brigade's own use", Identifier = "LicenseRef-Proprietary" },
        };
        document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The `accessToken` of `POST /api/v1/auth/token`.",
            },
        };
    }
}
