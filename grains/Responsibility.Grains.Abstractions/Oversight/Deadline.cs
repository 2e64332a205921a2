namespace Responsibility.Grains.Abstractions.Oversight;

/// <summary>
/// The two dates every target with a deadline keeps (a task, an instruction, a 整改 item, a duty slot): the one it was
/// set with, which 逾期 statistics and scoring use, and the current one after extensions, which lights, pacing and the
/// inbox use.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.Deadline")]
public sealed record Deadline(DateOnly OriginalDue, DateOnly Due, int ExtensionCount)
{
    public static Deadline Fixed(DateOnly due) => new(due, due, 0);

    /// <summary>Done after the original date, whatever the extensions said.</summary>
    public bool LateAgainstOriginal(DateOnly doneOn) => doneOn > OriginalDue;
}
