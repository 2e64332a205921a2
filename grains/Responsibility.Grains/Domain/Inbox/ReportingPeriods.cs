namespace Responsibility.Grains.Domain.Inbox;

using Responsibility.Grains.Abstractions.Inbox;
using Responsibility.Grains.Abstractions.Org;

/// <summary>
/// A brigade's reporting cycles (填报周期): a month, or a quarter due in its last month, on the brigade's due day; the
/// grace period follows the due day. The due day is at most the 28th, so every month has it.
/// </summary>
public static class ReportingPeriods
{
    public const int LatestDueDay = 28;

    public const int MaxGraceDays = 15;

    /// <summary>The cycle <paramref name="day"/> falls in.</summary>
    public static ReportingPeriod Containing(BrigadeSettings settings, DateOnly day)
    {
        var quarterly = settings.ReportingCycle == ReportingCycle.Quarterly;
        var firstMonth = quarterly ? ((day.Month - 1) / 3 * 3) + 1 : day.Month;
        var start = new DateOnly(day.Year, firstMonth, 1);
        var end = start.AddMonths(quarterly ? 3 : 1).AddDays(-1);
        var due = new DateOnly(end.Year, end.Month, DueDay(settings));
        var key = quarterly ? $"{day.Year:D4}-Q{((firstMonth - 1) / 3) + 1}" : $"{day.Year:D4}-{day.Month:D2}";
        return new ReportingPeriod(key, start, end, due, due.AddDays(GraceDays(settings)));
    }

    /// <summary>Days after the due day before supervising leaders are told.</summary>
    public static int GraceDays(BrigadeSettings settings) => Math.Clamp(settings.GraceDays, 0, MaxGraceDays);

    /// <summary>Settings that cannot have come through the API (a due day of 0) read as the default.</summary>
    private static int DueDay(BrigadeSettings settings) =>
        settings.ReportingDueDay is >= 1 and <= LatestDueDay ? settings.ReportingDueDay : BrigadeSettings.DefaultDueDay;
}
