namespace Responsibility.Reports.Rendering.Html;

/// <summary>The print style sheet: A4, GB/T 9704-2012 margins, 公文 fonts first and free fallbacks after.</summary>
internal static class HtmlStyles
{
    public const string TitleFonts = "\"方正小标宋简体\", \"FZXiaoBiaoSong-B05S\", \"Noto Serif CJK SC\", serif";
    public const string BodyFonts =
        "\"仿宋_GB2312\", \"仿宋\", \"FangSong\", \"AR PL UMing CN\", \"Noto Serif CJK SC\", serif";
    public const string HeiFonts = "\"黑体\", \"SimHei\", \"Noto Sans CJK SC\", sans-serif";
    public const string KaiFonts = "\"楷体_GB2312\", \"楷体\", \"KaiTi\", \"AR PL UKai CN\", serif";

    public const string Css = $$"""
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        html { background: #fff; color: #000; }
        body { margin: 0 auto; max-width: 156mm; font-family: {{BodyFonts}}; font-size: 16pt; line-height: 28pt; }
        @media screen { body { padding: 24px 16px; } }
        h1.title { font-family: {{TitleFonts}}; font-size: 22pt; line-height: 35pt; font-weight: normal;
                   text-align: center; margin: 0 0 28pt; }
        p { margin: 0; text-indent: 2em; text-align: justify; }
        h2, h3, h4, h5 { font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }
        h2, .l1 { font-family: {{HeiFonts}}; }
        h3, .l2 { font-family: {{KaiFonts}}; }
        h4, h5, .l3, .l4 { font-family: {{BodyFonts}}; }
        p.docno { text-indent: 0; display: flex; justify-content: space-between; padding: 0 1em; margin-bottom: 28pt; }
        p.recipient { text-indent: 0; }
        p.names { text-align: left; }
        .name { white-space: nowrap; }
        .signer-name { font-family: {{KaiFonts}}; }
        figure { margin: 14pt 0; break-inside: avoid; }
        figcaption { text-align: center; }
        table { border-collapse: collapse; width: 100%; font-size: 14pt; line-height: 20pt; }
        th, td { border: 1px solid #000; padding: 2pt 4pt; text-align: center; }
        th { font-weight: bold; }
        svg { display: block; width: 100%; height: auto; }
        .closing { margin-top: 28pt; text-align: right; }
        .closing p { text-indent: 0; text-align: right; }
        """;
}
