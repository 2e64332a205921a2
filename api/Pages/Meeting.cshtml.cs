namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Meetings;
using Responsibility.Grains.Abstractions.Ballots;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>One meeting: the report it heard, its minutes, each decision with where its units stand, and the decision form.</summary>
public sealed class MeetingModel(ISender sender) : PageModel
{
    private static readonly IReadOnlySet<string> Shown =
        new[] { "Text", "UnitIds", "LeaderId", "DueDate" }.Select(f => "Decision." + f).ToHashSet();

    [BindProperty]
    public DecisionInput Decision { get; set; } = new();

    public MeetingResponse Meeting { get; private set; } = null!;

    public BrigadeInfo Brigade { get; private set; } = null!;

    [BindProperty]
    public BallotInput Ballot { get; set; } = new();

    /// <summary>For a 述责述廉 meeting's attendee while rating is open: the leaders they may still rate, and those already rated.</summary>
    public bool CanVote { get; private set; }

    public string[] Rated { get; private set; } = [];

    public string? VoterLeaderId { get; private set; }

    /// <summary>The results for those who read them (all for the brigade's leaders and Admin, a Leader's own row).</summary>
    public MeetingRatings? Ratings { get; private set; }

    public bool CanClose { get; private set; }

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

    public async Task<IActionResult> OnPostBallotAsync(string meetingId)
    {
        try
        {
            var b = Ballot;
            await sender.Send(new CastBallot(b.LeaderId, new BallotScoresBody(b.Responsibility, b.Discipline, b.Centralism, b.Style, b.Integrity), b.Grade)
            {
                MeetingId = meetingId,
            });
            TempData["Message"] = "测评票已投出（匿名）。";
            return RedirectToPage(new { meetingId });
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Ballot)))
        {
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Ballot.Scores.", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                foreach (var error in ModelState[key]!.Errors)
                {
                    ModelState.AddModelError(string.Empty, error.ErrorMessage);
                }
            }
        }

        await Load(meetingId);
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(string meetingId)
    {
        await sender.Send(new CloseRating(meetingId));
        TempData["Message"] = "民主测评已结束，结果已存入廉政档案。";
        return RedirectToPage(new { meetingId });
    }

    private async Task Load(string meetingId)
    {
        Meeting = await sender.Send(new GetMeeting(meetingId));
        Brigade = await sender.Send(new GetBrigade(Meeting.BrigadeId));
        var caller = await sender.Send(new GetMe());
        CanDecide = AccessPolicy.CanActOnMeeting(caller, Meeting.BrigadeId, MeetingAction.Decide);
        if (Meeting.Kind == MeetingKind.Accountability)
        {
            var attendee = await sender.Send(new CheckAttendance(meetingId));
            CanVote = attendee && !Meeting.RatingClosed;
            Rated = attendee ? await sender.Send(new GetMyBallots(meetingId)) : [];
            VoterLeaderId = caller.LeaderId;
            CanClose = !Meeting.RatingClosed && AccessPolicy.CanActOnMeeting(caller, Meeting.BrigadeId, MeetingAction.CloseRating);
            Ratings = AccessPolicy.CanActOnMeeting(caller, Meeting.BrigadeId, MeetingAction.ReadRatings) ? await sender.Send(new GetRatings(meetingId)) : null;
        }
    }
}
