namespace Responsibility.Reports.Rendering.Docx;

using DocumentFormat.OpenXml.Wordprocessing;

/// <summary>
/// The page: A4, GB/T 9704-2012 margins, footers, a grid of 22 lines (28 characters a line come from the
/// 三号 run spacing in <see cref="PageGeometry.SanhaoSpacing"/>).
/// </summary>
internal static class DocxSection
{
    public static SectionProperties Create(IEnumerable<FooterReference> footers)
    {
        var section = new SectionProperties(footers);
        section.Append(
            new PageSize { Width = PageGeometry.Width, Height = PageGeometry.Height },
            new PageMargin
            {
                Top = PageGeometry.Top, Bottom = PageGeometry.Bottom,
                Left = PageGeometry.Left, Right = PageGeometry.Right,
                Header = PageGeometry.Header, Footer = PageGeometry.Footer, Gutter = 0,
            },
            new PageNumberType { Start = 1 },
            new Columns { Space = "425" },
            new DocGrid { Type = DocGridValues.Lines, LinePitch = PageGeometry.LinePitch });
        return section;
    }
}
