namespace Responsibility.Reports.Rendering;

/// <summary>A box in a chart's plot area, in pixels from its top left.</summary>
internal readonly record struct ChartRect(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;

    public double Bottom => Top + Height;

    public bool Overlaps(ChartRect other) =>
        Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
}
