namespace Responsibility.Grains.Duties;

using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Journal;
using Responsibility.Storage.Events;

/// <summary>A base unit: its duties and records (<see cref="DutyHolderGrain"/>) and its 廉政风险点 register.</summary>
[LogConsistencyProvider(ProviderName = LogProviders.Events)]
public sealed class UnitGrain(IEventStore events, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : DutyHolderGrain(events, time), IUnitGrain
{
    protected override DutyHolderKind Kind => DutyHolderKind.Unit;

    public async Task<RiskRow> PutRisk(RiskRow row, string actor)
    {
        var brigade = await KnownBrigade();
        if (row.UnitId != Holder.Id)
        {
            throw DomainException.Invalid("unitId", "风险点须登记在本单位名下。");
        }

        if (!Enum.IsDefined(row.Level))
        {
            throw DomainException.Invalid("level", "风险等级须为高、中或低。");
        }

        if (Array.TrueForAll(brigade.Leaders, l => l.Id != row.LeaderId))
        {
            throw DomainException.Invalid("leaderId", $"班子成员 {row.LeaderId} 不存在。");
        }

        var before = State.Risks.Find(r => r.Year == row.Year && r.Id == row.Id);
        if (before == row)
        {
            return row;
        }

        await Raise(new RiskPut(before, row) { Actor = actor, At = Time.GetUtcNow() });
        return row;
    }

    public Task<RiskRow[]> GetRisks(int year) =>
        Task.FromResult(State.Risks.Where(r => r.Year == year).OrderByDescending(r => r.Level).ThenBy(r => r.Id, StringComparer.Ordinal).ToArray());

    // Placeholders: implemented with the 整改 loop (issue 18).
    public Task<Abstractions.Oversight.Rectification> OpenRectification(Abstractions.Oversight.Rectification item, string actor) => throw new NotSupportedException();

    public Task<Abstractions.Oversight.Rectification> ReportRectification(string rectificationId, string text, string[] attachmentIds, string actor) => throw new NotSupportedException();

    public Task<Abstractions.Oversight.Rectification> CloseRectification(string rectificationId, string actor) => throw new NotSupportedException();

    public Task<Abstractions.Oversight.Rectification> ReturnRectification(string rectificationId, string reason, string actor) => throw new NotSupportedException();

    public Task<Abstractions.Oversight.Rectification> MoveRectificationDue(string rectificationId, string extensionId, DateOnly due, string actor) => throw new NotSupportedException();

    public Task<Abstractions.Oversight.Rectification?> GetRectification(string rectificationId) => throw new NotSupportedException();

    public Task<Abstractions.Oversight.Rectification[]> GetRectifications() => throw new NotSupportedException();
}
