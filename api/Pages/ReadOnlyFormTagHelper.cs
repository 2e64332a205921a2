namespace Responsibility.Api.Pages;

using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Responsibility.Api.Common;

/// <summary>
/// A detachment account reading a brigade's pages (<see cref="Caller.ReadOnly"/>) is not shown their forms: every
/// <c>&lt;form method="post"&gt;</c> is left out of the page, whatever the browser, as <see cref="ReadOnlyPageFilter"/>
/// refuses them. A form marked <c>data-callers-own</c> (the caller's own session: 退出) stays.
/// </summary>
[HtmlTargetElement("form", Attributes = "[method=post]")]
public sealed class ReadOnlyFormTagHelper(CallerAccessor callers) : TagHelper
{
    public const string CallersOwn = "data-callers-own";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.AllAttributes.ContainsName(CallersOwn)
            && ViewContext.HttpContext.User.Identity?.IsAuthenticated == true
            && (await callers.Get()).ReadOnly)
        {
            output.SuppressOutput();
        }
    }
}
