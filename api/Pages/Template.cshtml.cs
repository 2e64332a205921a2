namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Detachments;

/// <summary>One template handed down: its brigades compared, each with its instance's unit and leader (or 待分配) and progress.</summary>
public sealed class TemplateModel(ISender sender) : PageModel
{
    public TemplateComparisonResponse Comparison { get; private set; } = null!;

    public string DetachmentId { get; private set; } = "";

    public async Task OnGetAsync(string detachmentId, string templateId, DateOnly? asOf)
    {
        DetachmentId = detachmentId;
        Comparison = await sender.Send(new GetTemplate(detachmentId, templateId, asOf));
    }
}
