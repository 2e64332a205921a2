namespace Responsibility.Grains.Abstractions.Duties;

using System.Globalization;

/// <summary>
/// A 责任书's id names its pair for the year: <c>{brigadeId}.{year}.{partyA}.{leader|unit}-{partyB}</c> (slugs hold no
/// dot, so the dots divide it).
/// </summary>
public static class PledgeIds
{
    public static string Of(string brigadeId, int year, string partyA, DutyHolder partyB) =>
        string.Create(CultureInfo.InvariantCulture, $"{brigadeId}.{year:D4}.{partyA}.{(partyB.Kind == DutyHolderKind.Leader ? "leader" : "unit")}-{partyB.Id}");

    /// <summary>The brigade and year an id names, or null when it is not a pledge id.</summary>
    public static (string BrigadeId, int Year)? Parse(string pledgeId)
    {
        var parts = pledgeId.Split('.');
        return parts.Length == 4 && parts[1].Length == 4
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100
            && (parts[3].StartsWith("leader-", StringComparison.Ordinal) || parts[3].StartsWith("unit-", StringComparison.Ordinal))
            ? (parts[0], year)
            : null;
    }
}
