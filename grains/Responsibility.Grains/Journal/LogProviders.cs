namespace Responsibility.Grains.Journal;

/// <summary>The log-consistency provider journaled grains use: Orleans' custom-storage adaptor over our event log.</summary>
public static class LogProviders
{
    public const string Events = "events";
}
