namespace Responsibility.Grains.Abstractions.Supervision;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>Instruction and meeting ids are minted as task ids are (<see cref="TaskIds"/>): server-generated, time-ordered.</summary>
public static class RecordIds
{
    public static string New() => TaskIds.New();

    /// <summary>Whether <paramref name="id"/> could be an instruction or meeting id; anything else is unknown without asking a grain.</summary>
    public static bool IsWellFormed(string? id) => TaskIds.IsWellFormed(id);
}
