namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>Task ids are minted by the brigade: a version-7 GUID as 32 lowercase hex digits (time-ordered).</summary>
public static class TaskIds
{
    public static string New() => Guid.CreateVersion7().ToString("N");

    /// <summary>Whether <paramref name="id"/> could be a task id at all; anything else is unknown without asking a grain.</summary>
    public static bool IsWellFormed(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);
}
