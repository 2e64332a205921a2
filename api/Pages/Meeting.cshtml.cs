namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Meetings;
using Responsibility.Grains.Abstractions.Org;

/// <summary>One meeting: the report it heard, its minutes, each decision with where its units stand, and the decision form.</summary>
public sealed class MeetingModel(ISender sender) : PageModel
{
    private static readonly IReadOnlySet<string> Shown =
        new[] { "Text", "UnitIds", "LeaderId", "DueDate" }.Select(f => "Decision." + f).ToHashSet();

    [BindProperty]
    public DecisionInput Decision { get; set; } = new();

    public MeetingResponse Meeting { get; private set; } = null!;

    public BrigadeInfo Brigade { get; private set; } = null!;

    // Only whether to offer the form; AddDecision's permission decides.
    public bool CanDecide { get; private set; }

    public string ReportLink => $"/api/v1/brigades/{Meeting.BrigadeId}/reports/monthly/{Meeting.ReportMonth}?version={Meeting.ReportVersion}&format=html";

    public string MinutesLink(string format) => $"/api/v1/meetings/{Meeting.Id}/minutes?format={format}";

    public async Task OnGetAsync(string meetingId)
    {
        await Load(meetingId);
        Decision = new DecisionInput { DueDate = Meeting.Date.AddDays(30) };
    }

    public async Task<IActionResult> OnPostAsync(string meetingId)
    {
        try
        {
            await sender.Send(new AddDecision(Decision.Text?.Trim(), Decision.UnitIds, Decision.LeaderId, Decision.DueDate) { MeetingId = meetingId });
            TempData["Message"] = "议定事项已交办各责任单位。";
            return RedirectToPage(new { meetingId });
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Decision)))
        {
            FormErrors.ShowUnplaced(ModelState, Shown);
        }

        await Load(meetingId);
        return Page();
    }

    private async Task Load(string meetingId)
    {
        Meeting = await sender.Send(new GetMeeting(meetingId));
        Brigade = await sender.Send(new GetBrigade(Meeting.BrigadeId));
        var caller = await sender.Send(new GetMe());
        CanDecide = AccessPolicy.CanActOnMeeting(caller, Meeting.BrigadeId, MeetingAction.Decide);
    }
}
