namespace Responsibility.Reports.Rendering;

/// <summary>
/// The bar over a report viewed in the browser: 返回 (back to <paramref name="BackHref"/> when the view opened in a tab
/// of its own), 打印, and 下载 Word (<paramref name="WordHref"/>, the same document as DOCX). 打印 and 返回's history step
/// need <paramref name="ScriptHref"/>, a script file of the site's own, as the pages' content security policy allows no
/// inline script. The bar is not printed.
/// </summary>
public sealed record HtmlToolbar(string BackHref, string WordHref, string ScriptHref);
