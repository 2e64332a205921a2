namespace Responsibility.Grains.Abstractions.Oversight;

/// <summary>How long the texts of an inspection and its 整改 items may be, and how many of each: checked by the API and again by the grains.</summary>
public static class OversightLimits
{
    public const int Title = 200;

    public const int Summary = 4000;

    public const int Problem = 2000;

    public const int Category = 50;

    public const int Person = 100;

    public const int Basis = 1000;

    public const int Measures = 2000;

    /// <summary>整改情况 as reported.</summary>
    public const int ReportText = 4000;

    /// <summary>The reason an item is sent back (退回).</summary>
    public const int Reason = 1000;

    public const int Inspectors = 20;

    public const int Units = 100;

    /// <summary>Findings of one inspection.</summary>
    public const int Findings = 300;

    /// <summary>Steps of one 整改 item (reports, returns, extensions): a record people can still read.</summary>
    public const int Steps = 100;

    /// <summary>An inspection dated further back than this many years is a typing slip.</summary>
    public const int YearsBack = 5;

    /// <summary>A 整改 due date at most this many years after its inspection.</summary>
    public const int DueYearsAhead = 2;
}
