namespace Responsibility.Api.Pages;

using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Org;

/// <summary>Tasks as a table, with the names of their units and leaders looked up in the brigade.</summary>
public sealed record TaskTable(IReadOnlyList<TaskResponse> Tasks, BrigadeInfo? Brigade)
{
    public string UnitName(string unitId) => unitId.Length == 0 ? "待分配" : Brigade?.Units.FirstOrDefault(u => u.Id == unitId)?.Name ?? unitId;

    public string LeaderName(string leaderId) => leaderId.Length == 0 ? "待分配" : Brigade?.Leaders.FirstOrDefault(l => l.Id == leaderId)?.Name ?? leaderId;
}
