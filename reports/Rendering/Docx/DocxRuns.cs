namespace Responsibility.Reports.Rendering.Docx;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

/// <summary>Runs with every font slot set, so Word, WPS and LibreOffice agree on the face of all text.</summary>
internal static class DocxRuns
{
    /// <summary>
    /// A run of any stored text: characters XML cannot carry are dropped (<see cref="SafeText"/>), a line break
    /// becomes <c>w:br</c> and a tab <c>w:tab</c>.
    /// </summary>
    public static Run Text(string text, string font, int halfPoints, bool bold = false, string? colour = null)
    {
        var run = new Run(Properties(font, halfPoints, bold, colour));
        var pieces = SafeText.Clean(text).Split('\n');
        for (var line = 0; line < pieces.Length; line++)
        {
            if (line > 0)
            {
                run.Append(new Break());
            }

            var cells = pieces[line].Split('\t');
            for (var cell = 0; cell < cells.Length; cell++)
            {
                if (cell > 0)
                {
                    run.Append(new TabChar());
                }

                if (cells[cell].Length > 0 || (pieces.Length == 1 && cells.Length == 1))
                {
                    run.Append(new Text(cells[cell]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }
        }

        return run;
    }

    /// <summary>A run's properties in schema order (fonts, bold, colour, spacing, size); <paramref name="colour"/> is RGB hex.</summary>
    public static RunProperties Properties(string font, int halfPoints, bool bold = false, string? colour = null)
    {
        var properties = new RunProperties(Fonts(font));
        if (bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        if (colour is not null)
        {
            properties.Append(new Color { Val = colour.ToUpperInvariant() });
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
