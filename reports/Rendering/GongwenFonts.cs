namespace Responsibility.Reports.Rendering;

/// <summary>
/// The font names and sizes GB/T 9704-2012 prescribes. The DOCX keeps these exact names because Word/WPS on the
/// brigade's machines have them; where they are missing (LibreOffice on Linux) fontconfig substitutes.
/// </summary>
public static class GongwenFonts
{
    public const string XiaoBiaoSong = "方正小标宋简体";
    public const string Hei = "黑体";
    public const string Kai = "楷体_GB2312";
    public const string FangSong = "仿宋_GB2312";
    public const string Song = "宋体";

    /// <summary>二号 22 pt, in half-points.</summary>
    public const int Erhao = 44;

    /// <summary>三号 16 pt, in half-points.</summary>
    public const int Sanhao = 32;

    /// <summary>四号 14 pt, in half-points.</summary>
    public const int Sihao = 28;

    /// <summary>小四 12 pt, in half-points.</summary>
    public const int XiaoSi = 24;

    /// <summary>五号 10.5 pt, in half-points: the smallest size a printed table uses.</summary>
    public const int Wuhao = 21;

    /// <summary>The font of a heading at <paramref name="level"/>: 一级 黑体, 二级 楷体, deeper 仿宋.</summary>
    public static string ForHeading(int level) => level switch
    {
        1 => Hei,
        2 => Kai,
        _ => FangSong,
    };
}
