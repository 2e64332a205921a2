namespace Responsibility.Grains.Detachments;

using Responsibility.Grains.Abstractions.Detachments;

/// <summary>
/// A template as the detachment's events leave it: its content and version, who published it with which
/// Idempotency-Key, each brigade's instance and the last version each instance heard of.
/// </summary>
[GenerateSerializer]
public sealed class TemplateRecord
{
    [Id(0)]
    public string Id { get; set; } = "";

    [Id(1)]
    public TemplateTask Task { get; set; } = null!;

    [Id(2)]
    public int Version { get; set; } = 1;

    [Id(3)]
    public DateTimeOffset PublishedAt { get; set; }

    [Id(4)]
    public string PublishedBy { get; set; } = "";

    [Id(5)]
    public string? IdempotencyKey { get; set; }

    [Id(6)]
    public string RequestHash { get; set; } = "";

    /// <summary>Each brigade's instance (task id), in the order created.</summary>
    [Id(7)]
    public List<TemplateInstance> Instances { get; set; } = [];

    /// <summary>The template version each brigade's instance was last adjusted to (absent: as published).</summary>
    [Id(8)]
    public Dictionary<string, int> Adjusted { get; set; } = [];

    /// <summary>Who made the latest change and what it changed, in words (null: as published).</summary>
    [Id(9)]
    public string? ChangedBy { get; set; }

    [Id(10)]
    public string? ChangeNote { get; set; }

    /// <summary>The 清单 item handed down (kind DutyItem; then <see cref="Task"/> is null).</summary>
    [Id(11)]
    public TemplateDutyItem? Item { get; set; }

    public int Year => Item?.Year ?? Task.Year;

    public TemplateView View() => Item is null
        ? new(Id, TemplateKind.Task, Task, Version, PublishedAt, PublishedBy, [.. Instances])
        : new(Id, TemplateKind.DutyItem, null, Version, PublishedAt, PublishedBy, [.. Instances], Item);

    public int VersionOf(string brigadeId) => Adjusted.GetValueOrDefault(brigadeId, 1);

    /// <summary>A change of either kind of template: the next version, by whom, in words.</summary>
    private void Changed(string actor, string note)
    {
        Version++;
        ChangedBy = actor;
        ChangeNote = note;
    }

    public static void Apply(List<TemplateRecord> templates, DetachmentEvent e)
    {
        switch (e)
        {
            case TemplatePublished p:
                templates.Add(new TemplateRecord
                {
                    Id = p.TemplateId, Task = p.Task, PublishedAt = p.At, PublishedBy = p.Actor, IdempotencyKey = p.IdempotencyKey,
                    RequestHash = p.RequestHash,
                });
                break;
            case DutyItemTemplatePublished p:
                templates.Add(new TemplateRecord
                {
                    Id = p.TemplateId, Item = p.Item, PublishedAt = p.At, PublishedBy = p.Actor, IdempotencyKey = p.IdempotencyKey,
                    RequestHash = p.RequestHash,
                });
                break;
            case DutyItemTemplateChanged c when templates.Find(t => t.Id == c.TemplateId) is { } template:
                template.Item = c.After;
                template.Changed(c.Actor, c.Note);
                break;
            case TemplateInstanceCreated c when templates.Find(t => t.Id == c.TemplateId) is { } template:
                template.Instances.RemoveAll(i => i.BrigadeId == c.BrigadeId);
                template.Instances.Add(new TemplateInstance(c.BrigadeId, c.TaskId));
                break;
            case TemplateChanged c when templates.Find(t => t.Id == c.TemplateId) is { } template:
                template.Task = c.After;
                template.Changed(c.Actor, c.Note);
                break;
            case TemplateInstanceAdjusted a when templates.Find(t => t.Id == a.TemplateId) is { } template:
                template.Adjusted[a.BrigadeId] = a.Version;
                break;
        }
    }
}
