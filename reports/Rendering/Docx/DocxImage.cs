namespace Responsibility.Reports.Rendering.Docx;

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

/// <summary>An inline PNG, as wide as the text block, in a centred paragraph of its own.</summary>
internal static class DocxImage
{
    private const string PictureUri = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    public static Paragraph Inline(MainDocumentPart main, byte[] png, double aspect, uint id, string name)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
        {
            part.FeedData(stream);
        }

        var width = PageGeometry.TextWidth * PageGeometry.EmuPerTwip;
        var height = (long)(width * aspect);
        var picture = new Pic.Picture(
            new Pic.NonVisualPictureProperties(
                new Pic.NonVisualDrawingProperties { Id = 0U, Name = name + ".png" },
                new Pic.NonVisualPictureDrawingProperties()),
            new Pic.BlipFill(
                new A.Blip { Embed = main.GetIdOfPart(part) },
                new A.Stretch(new A.FillRectangle())),
            new Pic.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width, Cy = height }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = width, Cy = height },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Wp.DocProperties { Id = id, Name = name },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = PictureUri }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        };
        return new Paragraph(
            new ParagraphProperties(
                new KeepNext(),
                new SnapToGrid { Val = false },
                new SpacingBetweenLines
                {
                    Before = "160", After = "80", Line = "240", LineRule = LineSpacingRuleValues.Auto,
                },
                new Justification { Val = JustificationValues.Center }),
            new Run(DocxRuns.Properties(GongwenFonts.FangSong, GongwenFonts.Sanhao), new Drawing(inline)));
    }
}
