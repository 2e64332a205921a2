namespace Responsibility.Grains.Detachments;

using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Journal;

/// <summary>A 支队 as its events leave it.</summary>
[GenerateSerializer]
public sealed class DetachmentState : IEventState<DetachmentEvent>
{
    [Id(0)]
    public string Id { get; set; } = "";

    [Id(1)]
    public DetachmentSettings? Settings { get; set; }

    [Id(2)]
    public List<DetachmentBrigade> Brigades { get; set; } = [];

    [Id(3)]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>The 督办 issued to its brigades, in order (issue 20).</summary>
    [Id(30)]
    public List<DetachmentInstruction> Instructions { get; set; } = [];

    /// <summary>The templates handed down (上级交办), in the order published.</summary>
    [Id(10)]
    public List<TemplateRecord> Templates { get; set; } = [];

    /// <summary>The months reported (月度调度通报), keyed yyyy-MM.</summary>
    [Id(27)]
    public Dictionary<string, DetachmentReportInfo> Reports { get; set; } = new(StringComparer.Ordinal);

    public void Apply(DetachmentEvent e)
    {
        switch (e)
        {
            case TemplatePublished or TemplateInstanceCreated or TemplateChanged or TemplateInstanceAdjusted
                or DutyItemTemplatePublished or DutyItemTemplateChanged:
                TemplateRecord.Apply(Templates, e);
                break;
            case DetachmentConfigured configured:
                Settings = configured.After;
                CreatedAt ??= configured.At;
                break;
            case DetachmentBrigadeAttached attached:
                Brigades.RemoveAll(b => b.BrigadeId == attached.BrigadeId);
                Brigades.Add(new DetachmentBrigade(attached.BrigadeId, attached.Name, attached.On));
                break;
            case DetachmentInstructed instructed:
                Instructions.Add(new DetachmentInstruction(instructed.InstructionId, instructed.BrigadeId, instructed.IdempotencyKey, instructed.RequestHash));
                break;
            case DetachmentReportGenerated generated:
                Reports[$"{generated.Year:D4}-{generated.Month:D2}"] = new DetachmentReportInfo(
                    generated.Year, generated.Month, generated.Number, generated.Version, generated.At, generated.Actor);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown detachment event");
        }
    }
}
