namespace Responsibility.Grains.Abstractions.Appraisal;

using System.Diagnostics.CodeAnalysis;
using System.Globalization;

/// <summary>A 考核 period: a quarter (<c>2026-Q1</c>) or a year (<c>2026</c>), with its first and last day.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AppraisalPeriod")]
public sealed record AppraisalPeriod(int Year, int? Quarter)
{
    public string Key => Quarter is { } q ? $"{Year:D4}-Q{q}" : $"{Year:D4}";

    public DateOnly Start => Quarter is { } q ? new DateOnly(Year, (3 * q) - 2, 1) : new DateOnly(Year, 1, 1);

    public DateOnly End => Quarter is { } q ? new DateOnly(Year, 3 * q, 1).AddMonths(1).AddDays(-1) : new DateOnly(Year, 12, 31);

    public AppraisalPeriodKind Kind => Quarter is null ? AppraisalPeriodKind.Year : AppraisalPeriodKind.Quarter;

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>The periods of a year under a scheme's setting.</summary>
    public static AppraisalPeriod[] Of(int year, AppraisalPeriodKind kind) =>
        kind == AppraisalPeriodKind.Year ? [new(year, null)] : [new(year, 1), new(year, 2), new(year, 3), new(year, 4)];

    /// <summary>Reads <c>2026-Q1</c>…<c>2026-Q4</c> or <c>2026</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out AppraisalPeriod? period)
    {
        period = null;
        if (string.IsNullOrEmpty(text) || text.Length is not (4 or 7)
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > 2100)
        {
            return false;
        }

        if (text.Length == 4)
        {
            period = new(year, null);
            return true;
        }

        if (text[4] != '-' || text[5] != 'Q' || text[6] is < '1' or > '4')
        {
            return false;
        }

        period = new(year, text[6] - '0');
        return true;
    }

    public override string ToString() => Key;
}
