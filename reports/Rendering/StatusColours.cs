namespace Responsibility.Reports.Rendering;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// The 红黄绿灯 palette of everything the reports draw or fill, as RGB hex without "#": the pages' status colours
/// (api/wwwroot/css/site.css --green … --grey, kept equal by a test), their light tints for cells under black text,
/// and the ink of the 序时进度 marker.
/// </summary>
public static class StatusColours
{
    /// <summary>The 序时进度 marker, dark as on the pages (--ink), so it shows on every bar colour, red included.</summary>
    public const string Marker = "1f2933";

    public static string Of(ProgressStatus status) => status switch
    {
        ProgressStatus.Green => "2e7d32",
        ProgressStatus.Yellow => "f9a825",
        ProgressStatus.Red => "c62828",
        ProgressStatus.Done => "1565c0",
        _ => "9e9e9e",
    };

    /// <summary>A light tint of the status colour, for a cell whose black text must stay readable on screen and paper.</summary>
    public static string Tint(ProgressStatus status) => status switch
    {
        ProgressStatus.Green => "c8e6c9",
        ProgressStatus.Yellow => "fff59d",
        ProgressStatus.Red => "ffcdd2",
        ProgressStatus.Done => "bbdefb",
        _ => "eeeeee",
    };
}
