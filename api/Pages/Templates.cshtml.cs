namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Common;
using Responsibility.Api.Detachments;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>上级交办: the detachment's templates, and for its DetachmentAdmin the form that hands a task down to every brigade.</summary>
public sealed class TemplatesModel(ISender sender) : PageModel
{
    [BindProperty]
    public TemplateInput Template { get; set; } = new();

    public TemplateResponse[] Templates { get; private set; } = [];

    public string DetachmentId { get; private set; } = "";

    // Only whether to offer the form; PublishTemplate's permission decides.
    public bool CanPublish { get; private set; }

    public async Task OnGetAsync(string detachmentId)
    {
        await Load(detachmentId);
        var year = DateTime.UtcNow.Year;
        Template = new TemplateInput
        {
            Year = year, DutyLine = DutyLine.Business, UnitLabel = "次", Start = new DateOnly(year, 1, 1), Due = new DateOnly(year, 12, 31),
        };
    }

    public async Task<IActionResult> OnPostAsync(string detachmentId)
    {
        try
        {
            var t = Template;
            var published = await sender.Send(new PublishTemplate(
                "Task", t.Year, t.Code?.Trim(), t.Title?.Trim(), t.Category?.Trim(), t.DutyLine,
                new MetricBody(MetricKind.Count, t.Target, t.UnitLabel?.Trim(), null, null), 1, t.Start, t.Due, null, null)
            {
                DetachmentId = detachmentId,
            });
            TempData["Message"] = $"已交办 {published.Instances.Length} 个大队，待各大队分配承办单位和分管领导。";
            return Redirect($"/d/{detachmentId}/templates/{published.Id}");
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Template)))
        {
            // The body's metric.target is the form's target box.
            if (ModelState.TryGetValue("Template.Metric.Target", out var target))
            {
                foreach (var error in target.Errors)
                {
                    ModelState.AddModelError("Template.Target", error.ErrorMessage);
                }
            }
        }

        await Load(detachmentId);
        return Page();
    }

    private async Task Load(string detachmentId)
    {
        DetachmentId = detachmentId;
        Templates = await sender.Send(new ListTemplates(detachmentId));
        var caller = await sender.Send(new GetMe());
        CanPublish = AccessPolicy.CanActOnDetachment(caller, detachmentId, DetachmentAction.Administer);
    }
}
