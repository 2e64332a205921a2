namespace Responsibility.Reports.Rendering.Docx;

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

/// <summary>
/// Document-wide parts: the default run (仿宋_GB2312 三号, zh-CN), the Normal style, odd/even footers switched on,
/// punctuation compression for Chinese, and Word 2013+ layout so Word does not open it in compatibility mode.
/// </summary>
internal static class DocxSettings
{
    public static void Add(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    DocxRuns.Fonts(GongwenFonts.FangSong),
                    new Spacing { Val = PageGeometry.SanhaoSpacing },
                    new FontSize { Val = GongwenFonts.Sanhao.ToString() },
                    new FontSizeComplexScript { Val = GongwenFonts.Sanhao.ToString() },
                    new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    DocxParagraphs.Exact(PageGeometry.LinePitch)))),
            new Style(
                new StyleName { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(new Justification { Val = JustificationValues.Both }),
                new StyleRunProperties(
                    DocxRuns.Fonts(GongwenFonts.FangSong),
                    new FontSize { Val = GongwenFonts.Sanhao.ToString() },
                    new FontSizeComplexScript { Val = GongwenFonts.Sanhao.ToString() }))
            {
                Type = StyleValues.Paragraph, StyleId = "Normal", Default = true,
            });

        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(
            new EvenAndOddHeaders(),
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });
    }
}
