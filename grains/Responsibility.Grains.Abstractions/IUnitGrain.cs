namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>A base unit and the live rollup of its tasks. Keyed by <see cref="GrainKeys.Unit"/>.</summary>
public interface IUnitGrain : IGrainWithStringKey
{
    /// <summary>Set by the brigade when the unit is created or changed, and when brigade settings change.</summary>
    Task Define(UnitDefinition unit, BrigadeSettings settings);

    Task<UnitRollup> GetRollup(int? year, DateOnly? asOf);

    Task<string[]> GetTaskIds();

    Task OnTaskChanged(TaskSnapshot snapshot);

    Task OnTaskRemoved(string taskId);
}
