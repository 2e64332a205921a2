namespace Responsibility.Grains.Abstractions.Text;

using System.Globalization;

/// <summary>
/// The numbering, date and percentage forms people read (公文: 一、（一）1.（1）, 2024年3月1日, 87.5%), in one place for
/// the grains (audit trail), the reports and the pages.
/// </summary>
public static class ChineseNumbers
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (enough for section numbers).</summary>
    public static string Of(int n) => n switch
    {
        < 1 => throw new ArgumentOutOfRangeException(nameof(n)),
        < 10 => Digits[n],
        10 => "十",
        < 20 => "十" + Digits[n % 10],
        < 100 => Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10]),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    public static string Prefix(int level, int n) => level switch
    {
        1 => $"{Of(n)}、",
        2 => $"（{Of(n)}）",
        3 => $"{n}.",
        _ => $"（{n}）",
    };

    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Month(int year, int month) => $"{year}年{month}月";

    /// <summary>A fraction as a percent with one decimal: 1.0125 → 101.3%.</summary>
    public static string Percent(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// A level people set or measure (a Rate's target or value) as they write it: 0.9 → 90%, 0.875 → 87.5%.
    /// <see cref="Percent"/> is for computed progress, which always shows one decimal.
    /// </summary>
    public static string Level(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
