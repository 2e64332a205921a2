namespace Responsibility.Grains.Detachments;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Domain.Supervision;

/// <summary>
/// 督办 (issue 20): the detachment's instructions to its brigades. Each is recorded in the detachment's stream before the
/// instruction grain issues it, so a retry finds the same instruction; the instruction itself lives in its brigade (its
/// 督办台账, its inbox), where the brigade's leaders answer it and the detachment's leaders close it.
/// </summary>
public sealed partial class DetachmentGrain
{
    public async Task<InstructionRecord> Instruct(string brigadeId, string text, DateOnly? dueDate, string actor, string? idempotencyKey)
    {
        _ = Settings;
        var hash = RequestHash(brigadeId, text, dueDate);
        if (idempotencyKey is not null && State.Instructions.Find(i => i.IdempotencyKey == idempotencyKey) is { } done)
        {
            return done.RequestHash == hash
                ? await IssueInBrigade(done, text, dueDate, actor)
                : throw new DomainException(ErrorKind.Unprocessable, "该 Idempotency-Key 已用于另一项督办。", "Idempotency-Key");
        }

        if (!State.Brigades.Exists(b => b.BrigadeId == brigadeId))
        {
            throw DomainException.Invalid("brigadeId", $"大队 {brigadeId} 不属于本支队。");
        }

        // The instruction's own rules, before anything is recorded: a refused 督办 leaves no trace in the detachment.
        var brigade = await GrainFactory.GetGrain<IBrigadeGrain>(brigadeId).GetInfo();
        InstructionRules.Define("", Draft(brigadeId, text, dueDate), brigade, null, actor, BrigadeClock.Today(time, brigade.Settings.TimeZone));
        var entry = new DetachmentInstruction(RecordIds.New(), brigadeId, idempotencyKey, hash);
        await Raise(new DetachmentInstructed(entry.InstructionId, brigadeId, idempotencyKey, hash) { Actor = actor, At = time.GetUtcNow() });
        return await IssueInBrigade(entry, text, dueDate, actor);
    }

    public Task<bool> HasInstruction(string instructionId) =>
        Task.FromResult(State.Instructions.Exists(i => i.InstructionId == instructionId));

    public async Task<InstructionView[]> ListInstructions()
    {
        var found = new List<InstructionView>();
        foreach (var brigadeId in State.Instructions.Select(i => i.BrigadeId).Distinct())
        {
            var views = await GrainFactory.GetGrain<ISupervisionGrain>(brigadeId).ListInstructions(new InstructionFilter());
            found.AddRange(views.Where(v => v.Record.Definition.DetachmentId == Id));
        }

        return [.. found.OrderByDescending(v => v.Record.IssuedAt).ThenByDescending(v => v.Record.Definition.Id, StringComparer.Ordinal)];
    }

    /// <summary>Issues it in the brigade, or answers it as issued (a retry, on whatever day, changes nothing).</summary>
    private async Task<InstructionRecord> IssueInBrigade(DetachmentInstruction entry, string text, DateOnly? dueDate, string actor)
    {
        var instruction = GrainFactory.GetGrain<IInstructionGrain>(entry.InstructionId);
        return await instruction.Get() ?? await instruction.Issue(Draft(entry.BrigadeId, text, dueDate), actor);
    }

    private InstructionDraft Draft(string brigadeId, string text, DateOnly? dueDate) =>
        new(brigadeId, null, null, text, dueDate, DetachmentId: Id);

    private static string RequestHash(string brigadeId, string text, DateOnly? dueDate) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join('\u001f', brigadeId, text.Trim(), dueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""))));
}
