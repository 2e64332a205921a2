namespace Responsibility.Grains.Abstractions.Duties;

/// <summary>How much one record, list or item may hold: what an office can read and print, whatever a caller sends.</summary>
public static class DutyLimits
{
    /// <summary>Items of one year's 清单.</summary>
    public const int MaxItems = 300;

    public const int MaxTasksPerItem = 50;

    public const int MaxParticipants = 50;

    /// <summary>Slots one record may fulfil.</summary>
    public const int MaxSlots = 24;

    public const int MaxFollowUpUnits = 30;
}
