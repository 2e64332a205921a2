namespace Responsibility.Grains.Abstractions.Oversight;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Text;

/// <summary>
/// What an extension asks about its target, read from the grain that holds it (the extension grain to file a request,
/// the api to decide who may ask), and the move a grant makes there. A target of another brigade is answered as unknown.
/// </summary>
public static class ExtensionTargets
{
    /// <summary>The target as it stands: its name, unit, supervising leader (null: the brigade's leaders) and dates.</summary>
    public sealed record Facts(string Title, string? UnitId, string? LeaderId, Deadline Deadline);

    public static async Task<Facts> Read(IGrainFactory grains, BrigadeInfo brigade, ExtensionTarget target, DateOnly today)
    {
        switch (target.Kind)
        {
            case ExtensionTargetKind.Task:
                var task = (await grains.GetGrain<IBrigadeGrain>(brigade.Id).GetDefinitions([target.Id])).FirstOrDefault() ?? throw Unknown("任务");
                return new($"{task.Code} {task.Title}", task.UnitId, task.LeaderId, task.Deadline());
            case ExtensionTargetKind.Instruction:
                var instruction = await grains.GetGrain<IInstructionGrain>(target.Id).Get();
                if (instruction is null || instruction.Definition.BrigadeId != brigade.Id)
                {
                    throw Unknown("批示");
                }

                if (instruction.IsClosed())
                {
                    throw DomainException.Conflict("该批示已办结，无需延期。", "target");
                }

                var d = instruction.Definition;
                return new(Title(d.Text), d.UnitId, d.LeaderId, instruction.Deadline() ?? throw DomainException.Invalid("target", "该批示未设办理时限，无需延期。"));
            case ExtensionTargetKind.Rectification:
                var item = await Rectification(grains, brigade.Id, target.Id) ?? throw Unknown("整改事项");
                if (item.State == RectificationState.Closed)
                {
                    throw DomainException.Conflict("该整改事项已销号，无需延期。", "target");
                }

                return new(Title(item.Problem), item.UnitId, item.LeaderId, new Deadline(item.OriginalDue, item.Due, item.ExtensionCount));
            default:
                var slot = await Slot(grains, brigade, target, today) ?? throw Unknown("履责时点");
                if (slot.Slot.State == SlotState.Recorded)
                {
                    throw DomainException.Conflict("该履责时点已有记录，无需延期。", "target");
                }

                var leader = slot.Slot.UnitId is { } unitId ? Array.Find(brigade.Leaders, l => l.UnitIds.Contains(unitId))?.Id : null;
                return new(
                    $"{slot.Item.Title}（{DutyText.PeriodName(slot.Slot.Period)}）", slot.Slot.UnitId, leader,
                    new Deadline(slot.Slot.OriginalDue ?? slot.Slot.Due, slot.Slot.Due, slot.Slot.ExtensionCount));
        }
    }

    /// <summary>Moves the target's current due date; each target's grain does it once per extension.</summary>
    public static Task Move(IGrainFactory grains, ExtensionRequest request, DateOnly due, string actor)
    {
        var (target, id) = (request.Target, request.Id);
        return target.Kind switch
        {
            ExtensionTargetKind.Task => grains.GetGrain<ITaskGrain>(target.Id).MoveDue(id, due, actor),
            ExtensionTargetKind.Instruction => grains.GetGrain<IInstructionGrain>(target.Id).MoveDue(id, due, actor),
            ExtensionTargetKind.Rectification => grains.GetGrain<IUnitGrain>(GrainKeys.Unit(request.BrigadeId, request.UnitId!))
                .MoveRectificationDue(target.Id, id, due, actor),
            _ => Holder(grains, request.BrigadeId, target).MoveSlotDue(target.Id, id, due, actor),
        };
    }

    private static async Task<Rectification?> Rectification(IGrainFactory grains, string brigadeId, string id)
    {
        if (RectificationIds.Parse(id) is not { } parsed)
        {
            return null;
        }

        var inspection = await grains.GetGrain<IInspectionGrain>(parsed.InspectionId).Get();
        var finding = inspection?.BrigadeId == brigadeId ? Array.Find(inspection.Findings, f => f.RectificationId == id) : null;
        return finding is null ? null : await grains.GetGrain<IUnitGrain>(GrainKeys.Unit(brigadeId, finding.UnitId)).GetRectification(id);
    }

    private static async Task<(DutyItem Item, DutySlot Slot)?> Slot(IGrainFactory grains, BrigadeInfo brigade, ExtensionTarget target, DateOnly today)
    {
        var known = (target.UnitId, target.LeaderId) switch
        {
            ({ } unitId, null) => Array.Exists(brigade.Units, u => u.Id == unitId),
            (null, { } leaderId) => Array.Exists(brigade.Leaders, l => l.Id == leaderId),
            _ => false,
        };
        if (!known || DutySlotIds.YearOf(target.Id) is not { } year)
        {
            return null;
        }

        var sheet = await Holder(grains, brigade.Id, target).GetDuties(year, today);
        return sheet.Items.SelectMany(i => i.Slots.Select(s => (i.Item, Slot: s))).Where(x => x.Slot.Id == target.Id)
            .Select(x => ((DutyItem, DutySlot)?)(x.Item, x.Slot)).FirstOrDefault();
    }

    private static IDutyHolderGrain Holder(IGrainFactory grains, string brigadeId, ExtensionTarget target) => target.UnitId is { } unitId
        ? grains.GetGrain<IUnitGrain>(GrainKeys.Unit(brigadeId, unitId))
        : grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(brigadeId, target.LeaderId!));

    private static string Title(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static DomainException Unknown(string what) => DomainException.Invalid("target", $"{what}不存在。");
}
