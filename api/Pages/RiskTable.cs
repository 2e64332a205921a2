namespace Responsibility.Api.Pages;

using Responsibility.Api.Duties;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;

/// <summary>廉政风险点 rows by unit and post; <see cref="EditLink"/> (the office's) offers 修改 on each row.</summary>
public sealed record RiskTable(IReadOnlyList<RiskRow> Rows, BrigadeInfo Brigade, Func<RiskRow, string>? EditLink)
{
    public IEnumerable<RiskRow> Ordered => Rows
        .OrderBy(r => Array.FindIndex(Brigade.Units, u => u.Id == r.UnitId))
        .ThenBy(r => r.Post, StringComparer.Ordinal)
        .ThenByDescending(r => r.Level);

    public string UnitName(string unitId) => DutyNames.Of(Brigade, DutyHolder.Unit(Brigade.Id, unitId));

    public string LeaderName(string leaderId) => DutyNames.Of(Brigade, DutyHolder.Leader(Brigade.Id, leaderId));
}
