namespace Responsibility.Reports.Rendering.Html;

/// <summary>
/// The style sheet: A4 with the GB/T 9704-2012 margins and justified lines in print; on screen a wider column, lines
/// left-aligned (a browser stretches a short justified Chinese line letter by letter) and the toolbar, which print
/// hides. 公文 fonts first and free fallbacks after.
/// </summary>
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
        body { margin: 0 auto; font-family: {{BodyFonts}}; font-size: 16pt; line-height: 28pt; }
        nav.toolbar { position: sticky; top: 0; display: flex; gap: 8px; justify-content: flex-end; padding: 10px 0;
                      margin-bottom: 14pt; background: #fff; border-bottom: 1px solid #dde3ea;
                      font: 14px/1.4 {{HeiFonts}}; }
        nav.toolbar a, nav.toolbar button { padding: 4px 14px; border: 1px solid #1d4f91; border-radius: 3px;
                      background: #fff; color: #1d4f91; font: inherit; text-decoration: none; cursor: pointer; }
        h1.title { font-family: {{TitleFonts}}; font-size: 22pt; line-height: 35pt; font-weight: normal;
                   text-align: center; margin: 0 0 28pt; }
        p { margin: 0; text-indent: 2em; text-align: justify; }
        h2, h3, h4, h5 { font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }
        h2, .l1 { font-family: {{HeiFonts}}; }
        h3, .l2 { font-family: {{KaiFonts}}; }
        h4, h5, .l3, .l4 { font-family: {{BodyFonts}}; }
        p.docno { text-indent: 0; display: flex; justify-content: space-between; padding: 0 1em; margin-bottom: 28pt; }
        p.recipient { text-indent: 0; }
        p.masthead { text-indent: 0; text-align: center; color: #c00; font-family: {{TitleFonts}}; font-size: 22pt; line-height: 35pt; }
        p.masthead-number { text-indent: 0; text-align: center; padding-bottom: 6pt; border-bottom: 2px solid #c00; margin-bottom: 28pt; }
        p.names { text-align: left; }
        .name { white-space: nowrap; }
        .signer-name { font-family: {{KaiFonts}}; }
        figure { margin: 14pt 0; break-inside: avoid; }
        figcaption { text-align: center; }
        table { border-collapse: collapse; width: 100%; font-size: 14pt; line-height: 20pt; }
        th, td { border: 1px solid #000; padding: 2pt 4pt; text-align: center; }
        td.nowrap { white-space: nowrap; }
        figure.table { overflow-x: auto; }
        th { font-weight: bold; word-break: keep-all; }
        svg { display: block; width: 100%; height: auto; }
        .closing { margin-top: 28pt; text-align: right; }
        .closing p { text-indent: 0; text-align: right; }
        @media screen {
          body { max-width: 190mm; padding: 0 16px 24px; }
          body > h1.title:first-child { margin-top: 24px; }
          p { text-align: start; }
        }
        @media print { nav.toolbar { display: none; } }
        """;
}
