namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A leadership post and the tasks it supervises on both duty lines (一岗双责).
/// Keyed by <see cref="GrainKeys.Leader"/>.
/// </summary>
public interface ILeaderGrain : IGrainWithStringKey
{
    /// <summary>Set by the brigade when the leader is created or changed, and when brigade settings change.</summary>
    Task Define(LeaderDefinition leader, BrigadeSettings settings);

    /// <summary>Business and Accountability lines side by side.</summary>
    Task<LeaderRollup> GetRollup(int? year, DateOnly? asOf);

    Task<string[]> GetTaskIds(DutyLine line);

    Task OnTaskChanged(TaskSnapshot snapshot);

    Task OnTaskRemoved(string taskId);
}
