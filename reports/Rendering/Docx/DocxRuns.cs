namespace Responsibility.Reports.Rendering.Docx;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

/// <summary>Runs with every font slot set, so Word, WPS and LibreOffice agree on the face of all text.</summary>
internal static class DocxRuns
{
    public static Run Text(string text, string font, int halfPoints, bool bold = false) =>
        new(Properties(font, halfPoints, bold), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static RunProperties Properties(string font, int halfPoints, bool bold = false)
    {
        var properties = new RunProperties(Fonts(font));
        if (bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        if (halfPoints == GongwenFonts.Sanhao)
        {
            properties.Append(new Spacing { Val = PageGeometry.SanhaoSpacing });
        }

        properties.Append(
            new FontSize { Val = halfPoints.ToString() },
            new FontSizeComplexScript { Val = halfPoints.ToString() });
        return properties;
    }

    public static RunFonts Fonts(string font) =>
        new() { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font };
}
