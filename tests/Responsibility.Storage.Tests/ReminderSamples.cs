using Orleans;
using Orleans.Runtime;

namespace Responsibility.Storage.Tests;

/// <summary>Reminder entries and the checks the reminder-table tests share.</summary>
internal static class ReminderSamples
{
    public static readonly DateTime Start = new DateTime(2025, 1, 31, 16, 0, 0, DateTimeKind.Utc).AddTicks(1234567);

    public static ReminderEntry Entry(GrainId grain, string name, DateTime? startAt = null, TimeSpan? period = null) =>
        new()
        {
            GrainId = grain,
            ReminderName = name,
            StartAt = startAt ?? Start,
            Period = period ?? TimeSpan.FromDays(30),
        };

    public static void AssertGrains(IEnumerable<GrainId> expected, ReminderTableData read) =>
        Assert.Equal(
            expected.Select(grain => grain.ToString()).Order(),
            read.Reminders.Select(entry => entry.GrainId.ToString()).Order());

    public static void AssertEntry(ReminderEntry expected, string? etag, ReminderEntry? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.GrainId, actual.GrainId);
        Assert.Equal(expected.ReminderName, actual.ReminderName);
        Assert.Equal(expected.StartAt, actual.StartAt);
        Assert.Equal(DateTimeKind.Utc, actual.StartAt.Kind);
        Assert.Equal(expected.Period, actual.Period);
        Assert.Equal(etag, actual.ETag);
    }
}
