namespace Responsibility.Api.Tests;

using Responsibility.Api.Attachments;

/// <summary>Hostile file names are stored as something safe to show and to save, with an extension that tells the truth.</summary>
public sealed class FileNameTests
{
    [Theory]
    [InlineData("检查记录.pdf", "检查记录.pdf")]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("C:\\Users\\li\\桌面\\记录.PDF", "记录.pdf")]
    [InlineData("a\u0000b\r\nc\t.pdf", "abc.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe.pdf")]
    [InlineData("<script>alert(1)</script>.pdf", "script_.pdf")]
    [InlineData("\"quoted\"; filename=evil.pdf", "_quoted_; filename=evil.pdf")]
    [InlineData("...", "附件.pdf")]
    [InlineData("", "附件.pdf")]
    [InlineData(null, "附件.pdf")]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData(".hidden.pdf", "hidden.pdf")]
    public void NameIsCleaned(string? sent, string kept) =>
        Assert.Equal(kept, FileNames.Clean(sent, FileKind.Pdf, 100));

    [Fact]
    public void NameWithAnotherKindsExtensionKeepsItAndGainsTheTrueOne() =>
        Assert.Equal("照片.exe.png", FileNames.Clean("照片.exe", FileKind.Png, 100));

    [Fact]
    public void EitherJpegExtensionIsKept() =>
        Assert.Equal(["a.jpg", "b.jpeg"], new[] { FileNames.Clean("a.jpg", FileKind.Jpeg, 100), FileNames.Clean("b.JPEG", FileKind.Jpeg, 100) });

    [Fact]
    public void VeryLongNameIsShortenedKeepingItsExtensionAndWholeCharacters()
    {
        var name = string.Concat(Enumerable.Repeat("记录😀", 200)) + ".docx";

        var kept = FileNames.Clean(name, FileKind.Docx, 100);

        Assert.True(kept.Length <= 100);
        Assert.EndsWith(".docx", kept);
        Assert.False(char.IsHighSurrogate(kept[^6]));
        Assert.StartsWith("记录😀记录", kept);
    }
}
