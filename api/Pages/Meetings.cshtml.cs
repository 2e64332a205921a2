namespace Responsibility.Api.Pages;

using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Meetings;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Org;

/// <summary>
/// 例会: the brigade's 党总支扩大会 with their decisions, and the form a brigade leader or the office clerk (记录人) records
/// one with; the chair is one of the 班子.
/// </summary>
public sealed class MeetingsModel(ISender sender) : PageModel
{
    [BindProperty]
    public MeetingInput Meeting { get; set; } = new();

    public BrigadeInfo Brigade { get; private set; } = null!;

    public MeetingResponse[] Meetings { get; private set; } = [];

    public DateOnly Today { get; private set; }

    // Only whether to offer the form; RecordMeeting's permission decides.
    public bool CanRecord { get; private set; }

    public async Task OnGetAsync(string brigadeId)
    {
        await Load(brigadeId);
        var previous = Today.AddMonths(-1);
        Meeting = new MeetingInput
        {
            Date = Today,
            Title = $"{Today.Month}月党总支扩大会",
            ReportMonth = previous.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            Attendees = string.Join("、", Brigade.Leaders.Select(l => l.Name)),
            Chair = Array.Find(Brigade.Leaders, l => l.IsFirstResponsible)?.Name,
        };
    }

    public async Task<IActionResult> OnPostAsync(string brigadeId)
    {
        try
        {
            var recorded = await sender.Send(new RecordMeeting(
                Meeting.Date, Meeting.Title?.Trim(), Meeting.Chair?.Trim(), Meeting.AttendeeList, Meeting.TopicList,
                string.IsNullOrWhiteSpace(Meeting.ReportMonth) || Meeting.Kind == Grains.Abstractions.Supervision.MeetingKind.Accountability ? null : Meeting.ReportMonth.Trim(),
                Meeting.Kind) { BrigadeId = brigadeId });
            TempData["Message"] = "会议已记录，请逐项添加议定事项。";
            return Redirect($"/meetings/{recorded.Id}");
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Meeting)))
        {
            // Each attendee and topic is checked on its own ("topics[2]"): the form shows them under their box.
            foreach (var key in ModelState.Keys.Where(k => k.Contains('[')).ToList())
            {
                foreach (var error in ModelState[key]!.Errors)
                {
                    ModelState.AddModelError(key[..key.IndexOf('[')], error.ErrorMessage);
                }
            }
        }

        await Load(brigadeId);
        return Page();
    }

    private async Task Load(string brigadeId)
    {
        Meetings = await sender.Send(new ListMeetings(brigadeId));
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        var caller = await sender.Send(new GetMe());
        CanRecord = AccessPolicy.CanReadBrigade(caller, brigadeId, BrigadeAction.HoldMeetings);
        Today = BrigadeDay.Today(HttpContext.RequestServices, Brigade.Settings.TimeZone);
    }
}
