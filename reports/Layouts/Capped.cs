namespace Responsibility.Reports.Layouts;

/// <summary>A list cut to what a meeting can read, and how many were left out.</summary>
internal readonly record struct Capped<T>(T[] Shown, int Rest)
{
    /// <summary>Eight items read out well at a meeting; the rest are counted.</summary>
    public const int Default = 8;

    public static Capped<T> Of(IReadOnlyCollection<T> items, int max = Default) =>
        new([.. items.Take(max)], Math.Max(0, items.Count - max));
}
