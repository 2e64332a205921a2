namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Audit;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>The calls instruction tests make: issue on a task or a unit, read the 督办台账 and the audit trail.</summary>
public static class Instructions
{
    public static IInstructionGrain Instruction(this IGrainFactory grains, string id) => grains.GetGrain<IInstructionGrain>(id);

    public static Task<InstructionRecord> OnTask(this TestBrigade brigade, IGrainFactory grains, string taskId, string text, DateOnly? due, string author = "dadui") =>
        grains.Instruction(RecordIds.New()).Issue(new InstructionDraft(brigade.Id, null, taskId, text, due), author);

    public static Task<InstructionRecord> OnUnit(this TestBrigade brigade, IGrainFactory grains, string unitId, string text, DateOnly? due, string author = "dadui") =>
        grains.Instruction(RecordIds.New()).Issue(new InstructionDraft(brigade.Id, unitId, null, text, due), author);

    public static ISupervisionGrain Supervision(this TestBrigade brigade, IGrainFactory grains) => grains.GetGrain<ISupervisionGrain>(brigade.Id);

    /// <summary>The kinds of the brigade's logged changes, oldest first.</summary>
    public static async Task<string[]> Trail(this TestBrigade brigade, IGrainFactory grains, string? kind = null)
    {
        var page = await grains.GetGrain<IAuditGrain>(brigade.Id).Read(new AuditFilter(200, Kind: kind));
        return [.. page.Entries.Reverse().Select(e => e.Kind)];
    }
}
