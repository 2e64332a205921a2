namespace Responsibility.Grains.Detachments;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Journal;
using Responsibility.Grains.Tasks;

/// <summary>
/// Templates handed down (上级交办): a template is published first (an event), then fanned out one brigade at a time,
/// each instance an event once its brigade holds it. Every template call, and an attach, first completes what a crash
/// cut short: the instance ids are derived from template and brigade, so a brigade asked twice answers the same task.
/// </summary>
public sealed partial class DetachmentGrain
{
    /// <summary>How many templates a detachment hands down in a year.</summary>
    public const int MaxTemplatesPerYear = 500;

    public async Task<TemplateView> PublishTemplate(TemplateTask template, string? idempotencyKey, string actor)
    {
        _ = Settings;
        var tidy = Tidy(template);
        var hash = Fingerprint(tidy);
        if (await Retried(idempotencyKey, actor, hash) is { } earlier)
        {
            return earlier;
        }

        Check(tidy, null);
        var id = TemplateIds.New();
        await Raise(new TemplatePublished(id, tidy, idempotencyKey, hash) { Actor = actor, At = time.GetUtcNow() });
        await CompleteFanOut();
        return Template(id).View();
    }

    /// <summary>
    /// The template the same caller already published with <paramref name="idempotencyKey"/> (its fan-out completed),
    /// null for a new one; the key with another body is <see cref="ErrorKind.Unprocessable"/>.
    /// </summary>
    private async Task<TemplateView?> Retried(string? idempotencyKey, string actor, string hash)
    {
        if (idempotencyKey is null
            || State.Templates.Find(t => t.IdempotencyKey == idempotencyKey && t.PublishedBy == actor) is not { } earlier)
        {
            return null;
        }

        if (earlier.RequestHash != hash)
        {
            throw new DomainException(
                ErrorKind.Unprocessable, "该 Idempotency-Key 已用于另一份交办事项，内容不同；新的事项请使用新的 Idempotency-Key。",
                "idempotencyKey");
        }

        await CompleteFanOut();
        return earlier.View();
    }

    public async Task<TemplateView[]> ListTemplates()
    {
        _ = Settings;
        await CompleteFanOut();
        return [.. State.Templates.AsEnumerable().Reverse().Select(t => t.View())];
    }

    public async Task<TemplateComparison> GetTemplate(string templateId, DateOnly? asOf)
    {
        _ = Settings;
        var template = Template(templateId);
        await CompleteFanOut();
        var day = asOf ?? Today;
        var rows = new List<TemplateBrigadeRow>();
        foreach (var brigade in State.Brigades)
        {
            if (template.Instances.Find(i => i.BrigadeId == brigade.BrigadeId) is not { } instance)
            {
                rows.Add(new TemplateBrigadeRow(brigade.BrigadeId, brigade.Name, null, false, null, null, null, null, null));
                continue;
            }

            var info = await GrainFactory.GetGrain<IBrigadeGrain>(brigade.BrigadeId).GetInfo();
            if (template.Item is { } handed)
            {
                rows.Add(await ItemRow(info, handed, instance));
                continue;
            }

            var view = await GrainFactory.GetGrain<ITaskGrain>(instance.Id).GetView(day);
            var task = view.Definition;
            var assigned = task.UnitId.Length > 0;
            rows.Add(new TemplateBrigadeRow(
                brigade.BrigadeId, info.Settings.Name, instance.Id, assigned,
                assigned ? task.UnitId : null, assigned ? Array.Find(info.Units, u => u.Id == task.UnitId)?.Name ?? task.UnitId : null,
                assigned ? task.LeaderId : null, assigned ? Array.Find(info.Leaders, l => l.Id == task.LeaderId)?.Name ?? task.LeaderId : null,
                assigned ? view.Progress : null));
        }

        return new TemplateComparison(template.View(), day, [.. rows]);
    }

    public async Task<TemplateView> ChangeTemplate(string templateId, TaskPatch patch, int? expectedVersion, string actor)
    {
        _ = Settings;
        var template = Template(templateId);
        if (expectedVersion is int expected && expected != template.Version)
        {
            throw new DomainException(ErrorKind.PreconditionFailed, "交办事项已被他人修改，请刷新后重试。");
        }

        if (template.Item is not null)
        {
            throw DomainException.Invalid("kind", "该交办事项是清单事项（DutyItem），不是任务。");
        }

        var before = template.Task;
        var after = Tidy(before with
        {
            Title = patch.Title ?? before.Title,
            Category = patch.Category ?? before.Category,
            DutyLine = patch.DutyLine ?? before.DutyLine,
            Metric = before.Metric with
            {
                Target = before.Metric.Kind == MetricKind.Milestone ? before.Metric.Target : patch.Target ?? before.Metric.Target,
                UnitLabel = patch.UnitLabel ?? before.Metric.UnitLabel,
            },
            Weight = patch.Weight ?? before.Weight,
            Start = patch.Start ?? before.Start,
            Due = patch.Due ?? before.Due,
            IndicatorCode = patch.IndicatorCode is null ? before.IndicatorCode : patch.IndicatorCode.Length == 0 ? null : patch.IndicatorCode,
            PlannedByMonth = patch.PlannedByMonth is null ? before.PlannedByMonth : patch.PlannedByMonth.Length == 0 ? null : patch.PlannedByMonth,
        });
        Check(after, before);
        var note = Describe(before, after);
        if (note is not null)
        {
            await Raise(new TemplateChanged(templateId, before, after, note) { Actor = actor, At = time.GetUtcNow() });
        }

        await CompleteFanOut();
        return Template(templateId).View();
    }

    /// <summary>
    /// Gives every brigade of the detachment its instance of each template of this year or later (a brigade attached
    /// later gets them too; past years' plans are closed) and brings every instance to its template's version.
    /// A brigade that refuses (e.g. gone) is logged and tried again at the next call.
    /// </summary>
    private async Task CompleteFanOut()
    {
        if (State.Settings is null)
        {
            return;
        }

        var thisYear = Today.Year;
        foreach (var template in State.Templates.ToArray())
        {
            var source = new TemplateSource(Id, template.Id);
            foreach (var brigade in State.Brigades.ToArray())
            {
                try
                {
                    var instance = template.Instances.Find(i => i.BrigadeId == brigade.BrigadeId);
                    if (instance is null && template.Item is { } item && item.Year >= thisYear)
                    {
                        var itemId = await DutyList(brigade.BrigadeId, item.Year)
                            .ReceiveTemplateItem(source, item, template.Version, template.ChangeNote, template.ChangedBy ?? template.PublishedBy);
                        await Raise(new TemplateInstanceCreated(template.Id, brigade.BrigadeId, itemId) { Actor = template.PublishedBy, At = time.GetUtcNow() });
                        await Raise(new TemplateInstanceAdjusted(template.Id, brigade.BrigadeId, template.Version) { Actor = template.PublishedBy, At = time.GetUtcNow() });
                        continue;
                    }

                    if (instance is null && template.Item is null && template.Task.Year >= thisYear)
                    {
                        var taskId = await GrainFactory.GetGrain<IBrigadeGrain>(brigade.BrigadeId)
                            .ReceiveTemplateTask(source, template.Task.Draft(source), template.PublishedBy);
                        await Raise(new TemplateInstanceCreated(template.Id, brigade.BrigadeId, taskId) { Actor = template.PublishedBy, At = time.GetUtcNow() });
                        instance = new TemplateInstance(brigade.BrigadeId, taskId);
                    }

                    if (instance is not null && template.VersionOf(brigade.BrigadeId) < template.Version)
                    {
                        await Adjust(template, instance);
                    }
                }
                catch (DomainException e)
                {
                    ServiceProvider.GetRequiredService<ILogger<DetachmentGrain>>()
                        .LogWarning(e, "Template {Template} did not reach brigade {Brigade}", template.Id, brigade.BrigadeId);
                }
            }
        }
    }

    /// <summary>The instance takes the template's latest version as a visible change: on the task, then for its brigade's Admin.</summary>
    private async Task Adjust(TemplateRecord template, TemplateInstance instance)
    {
        var actor = template.ChangedBy ?? template.PublishedBy;
        var note = template.ChangeNote ?? "支队交办事项已调整";
        if (template.Item is { } item)
        {
            await DutyList(instance.BrigadeId, item.Year).ReceiveTemplateItem(new TemplateSource(Id, template.Id), item, template.Version, note, actor);
            await Raise(new TemplateInstanceAdjusted(template.Id, instance.BrigadeId, template.Version) { Actor = actor, At = time.GetUtcNow() });
            return;
        }

        await GrainFactory.GetGrain<ITaskGrain>(instance.Id).AdjustFromTemplate(template.Task, template.Version, note, actor);
        await GrainFactory.GetGrain<IBrigadeGrain>(instance.BrigadeId).NoteTemplateAdjusted(instance.Id, template.Version, note, actor);
        await Raise(new TemplateInstanceAdjusted(template.Id, instance.BrigadeId, template.Version) { Actor = actor, At = time.GetUtcNow() });
    }

    private TemplateRecord Template(string templateId) =>
        State.Templates.Find(t => t.Id == templateId) ?? throw DomainException.NotFound($"交办事项 {templateId} 不存在。");

    private void Check(TemplateTask template, TemplateTask? before)
    {
        if (template.Title.Length == 0)
        {
            throw DomainException.Invalid("title", "不能为空。");
        }

        if (template.Code.Length == 0)
        {
            throw DomainException.Invalid("code", "不能为空。");
        }

        TaskRules.Check(Probe(template), before is null ? null : Probe(before));
        if (before is null)
        {
            var ofYear = State.Templates.Where(t => t.Year == template.Year).ToArray();
            if (Array.Exists(ofYear, t => t.Task?.Code == template.Code))
            {
                throw DomainException.Conflict($"{template.Year} 年已有编号为 {template.Code} 的交办事项。", "code");
            }

            if (ofYear.Length >= MaxTemplatesPerYear)
            {
                throw DomainException.Conflict($"一年最多交办 {MaxTemplatesPerYear} 项。");
            }
        }
    }

    /// <summary>A task with the template's fields, for the task rules (no unit or leader yet).</summary>
    private static TaskDefinition Probe(TemplateTask t) => new(
        "", "", t.Year, t.Code, t.Title, t.Category, "", "", t.DutyLine, t.Metric, t.Weight, t.Start, t.Due, t.IndicatorCode, t.PlannedByMonth);

    private static TemplateTask Tidy(TemplateTask t)
    {
        var tidy = TaskRules.Tidy(Probe(t));
        return t with { Code = tidy.Code, Title = tidy.Title, Category = tidy.Category, Metric = tidy.Metric };
    }

    private static string Fingerprint(TemplateTask t) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(EventCodec<DetachmentEvent>.Serialize(t))));

    /// <summary>What a change did, as the brigades read it: 支队交办事项已调整：目标 10 → 12；…; null when nothing changed.</summary>
    private static string? Describe(TemplateTask before, TemplateTask after)
    {
        var changes = new List<string>();
        void Add(string field, string a, string b)
        {
            if (a != b)
            {
                changes.Add($"{field} {a} → {b}");
            }
        }

        Add("任务名称", before.Title, after.Title);
        Add("类别", before.Category, after.Category);
        Add("一岗双责", TaskText.DutyLineName(before.DutyLine), TaskText.DutyLineName(after.DutyLine));
        Add("目标", TaskText.Target(before.Metric), TaskText.Target(after.Metric));
        Add("权重", TaskText.Number(before.Weight), TaskText.Number(after.Weight));
        Add("开始日期", Date(before.Start), Date(after.Start));
        Add("截止日期", Date(before.Due), Date(after.Due));
        Add("指标代码", before.IndicatorCode ?? "无", after.IndicatorCode ?? "无");
        Add("月度计划", Plan(before.PlannedByMonth), Plan(after.PlannedByMonth));
        return changes.Count == 0 ? null : "支队交办事项已调整：" + string.Join("；", changes);
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Plan(double[]? plan) => plan is null ? "无" : string.Join("/", plan.Select(p => p.ToString("0.##", CultureInfo.InvariantCulture)));
}
