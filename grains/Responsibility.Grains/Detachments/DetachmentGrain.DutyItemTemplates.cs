namespace Responsibility.Grains.Detachments;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Journal;

/// <summary>
/// 责任清单 items handed down (kind DutyItem): published as an event, then one item per brigade in that brigade's 清单
/// of the year (<see cref="IDutyListGrain.ReceiveTemplateItem"/>, its id derived from template and brigade), through the
/// same fan-out as task templates.
/// </summary>
public sealed partial class DetachmentGrain
{
    public async Task<TemplateView> PublishDutyItemTemplate(TemplateDutyItem template, string? idempotencyKey, string actor)
    {
        _ = Settings;
        var tidy = Tidy(template);
        var hash = Fingerprint(tidy);
        if (await Retried(idempotencyKey, actor, hash) is { } earlier)
        {
            return earlier;
        }

        Check(tidy);
        if (State.Templates.Count(t => t.Year == tidy.Year) >= MaxTemplatesPerYear)
        {
            throw DomainException.Conflict($"一年最多交办 {MaxTemplatesPerYear} 项。");
        }

        var id = TemplateIds.New();
        await Raise(new DutyItemTemplatePublished(id, tidy, idempotencyKey, hash) { Actor = actor, At = time.GetUtcNow() });
        await CompleteFanOut();
        return Template(id).View();
    }

    public async Task<TemplateView> ChangeDutyItemTemplate(string templateId, DutyItemTemplatePatch patch, int? expectedVersion, string actor)
    {
        _ = Settings;
        var template = Template(templateId);
        if (expectedVersion is int expected && expected != template.Version)
        {
            throw new DomainException(ErrorKind.PreconditionFailed, "交办事项已被他人修改，请刷新后重试。");
        }

        if (template.Item is not { } before)
        {
            throw DomainException.Invalid("kind", "该交办事项是任务（Task），不是清单事项。");
        }

        var cadence = patch.Cadence ?? before.Cadence;
        var after = Tidy(before with
        {
            Section = patch.Section ?? before.Section,
            Title = patch.Title ?? before.Title,
            Requirement = patch.Requirement ?? before.Requirement,
            DutyLine = patch.DutyLine ?? before.DutyLine,
            Cadence = cadence,
            DueDate = cadence == Cadence.Once ? patch.DueDate ?? before.DueDate : null,
            Evidence = patch.Evidence ?? before.Evidence,
        });
        Check(after);
        var note = Describe(before, after);
        if (note is not null)
        {
            await Raise(new DutyItemTemplateChanged(templateId, before, after, note) { Actor = actor, At = time.GetUtcNow() });
        }

        await CompleteFanOut();
        return Template(templateId).View();
    }

    private IDutyListGrain DutyList(string brigadeId, int year) => GrainFactory.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigadeId, year));

    /// <summary>A brigade's item on the comparison: its id and holders by name, or 待分配 (Assigned false) while it has none.</summary>
    private async Task<TemplateBrigadeRow> ItemRow(BrigadeInfo info, TemplateDutyItem template, TemplateInstance instance)
    {
        var item = Array.Find(await DutyList(info.Id, template.Year).List(), i => i.Id == instance.Id);
        if (item is null || item.AwaitsHolders())
        {
            return new TemplateBrigadeRow(info.Id, info.Settings.Name, instance.Id, false, null, null, null, null, null);
        }

        var a = item.Assignees;
        var holders = new DutyItemHolders(
            a.AllLeaders,
            [.. a.LeaderIds.Select(id => Array.Find(info.Leaders, l => l.Id == id)?.Name ?? id)],
            [.. a.UnitIds.Select(id => Array.Find(info.Units, u => u.Id == id)?.Name ?? id)]);
        return new TemplateBrigadeRow(info.Id, info.Settings.Name, instance.Id, true, null, null, null, null, null, holders);
    }

    private static void Check(TemplateDutyItem t)
    {
        if (t.Year is < 2000 or > 2100)
        {
            throw DomainException.Invalid("year", "年度须在 2000 到 2100 之间。");
        }

        if (t.Section.Length == 0)
        {
            throw DomainException.Invalid("section", "不能为空。");
        }

        if (t.Title.Length == 0)
        {
            throw DomainException.Invalid("title", "不能为空。");
        }

        if (!Enum.IsDefined(t.DutyLine))
        {
            throw DomainException.Invalid("dutyLine", "须选择业务工作或法治建设·党风廉政。");
        }

        if (!Enum.IsDefined(t.Cadence))
        {
            throw DomainException.Invalid("cadence", "履责频次须为一次性、每月、每季度、每半年或每年。");
        }

        if (t.Cadence == Cadence.Once && (t.DueDate is not { } due || due.Year != t.Year))
        {
            throw DomainException.Invalid("dueDate", $"一次性事项须填写 {t.Year} 年内的完成时限。");
        }
    }

    private static TemplateDutyItem Tidy(TemplateDutyItem t) => t with
    {
        Section = t.Section.Trim(), Title = t.Title.Trim(), Requirement = t.Requirement.Trim(), Evidence = t.Evidence.Trim(),
        DueDate = t.Cadence == Cadence.Once ? t.DueDate : null,
    };

    private static string Fingerprint(TemplateDutyItem t) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes("DutyItem\u001f" + EventCodec<DetachmentEvent>.Serialize(t))));

    /// <summary>What a change did, as the brigades read it: 支队交办清单事项已调整：工作要求 … → …; null when nothing changed.</summary>
    private static string? Describe(TemplateDutyItem before, TemplateDutyItem after)
    {
        var changes = new List<string>();
        void Add(string field, string a, string b)
        {
            if (a != b)
            {
                changes.Add($"{field} {a} → {b}");
            }
        }

        Add("类别", before.Section, after.Section);
        Add("事项", before.Title, after.Title);
        Add("工作要求", before.Requirement, after.Requirement);
        Add("一岗双责", TaskText.DutyLineName(before.DutyLine), TaskText.DutyLineName(after.DutyLine));
        Add("履责频次", DutyText.CadenceName(before.Cadence), DutyText.CadenceName(after.Cadence));
        Add("完成时限", before.DueDate is { } d1 ? Date(d1) : "无", after.DueDate is { } d2 ? Date(d2) : "无");
        Add("佐证材料", before.Evidence, after.Evidence);
        return changes.Count == 0 ? null : "支队交办清单事项已调整：" + string.Join("；", changes);
    }
}
