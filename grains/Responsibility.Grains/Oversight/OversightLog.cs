namespace Responsibility.Grains.Oversight;

/// <summary>
/// A brigade's 督责 read straight from the log: for the 督责台账 when it wakes and for reports, which replay it to a past
/// date. Each family of streams is read by its own part of this class.
/// </summary>
public static partial class OversightLog;
