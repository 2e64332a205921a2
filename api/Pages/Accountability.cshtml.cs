namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Accountability;
using Responsibility.Api.Auth;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Reports.Document;
using Responsibility.Reports.Layouts;

/// <summary>
/// A leader's 述责述廉报告 of a year: the 公文 as it reads (drafted on the first visit), downloads, the leader's form for the
/// 廉洁自律 text and the drafted parts and 提交, and 退回 / 审核通过 for a BrigadeLeader other than the leader. Read where the
/// 廉政档案 is read.
/// </summary>
public sealed class AccountabilityModel(ISender sender) : PageModel
{
    [BindProperty]
    public AccountabilityEditInput Edit { get; set; } = new();

    [BindProperty]
    public AccountabilityReturnInput Return { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    public AccountabilityReportResponse Report { get; private set; } = null!;

    public ReportDocument Document { get; private set; } = null!;

    public string TimeZone { get; private set; } = "";

    public bool CanEdit { get; private set; }

    public bool CanDecide { get; private set; }

    public string Link(string format) =>
        $"/api/v1/brigades/{Report.BrigadeId}/leaders/{Report.LeaderId}/accountability-reports/{Report.Year}?format={format}" +
        (Version is { } v ? $"&version={v}" : "");

    public async Task OnGetAsync(string brigadeId, string leaderId, int year)
    {
        await Load(brigadeId, leaderId, year);
        var s = Report.Sections;
        Edit = new AccountabilityEditInput { Performance = s.Performance, Problems = s.Problems, Plans = s.Plans, Integrity = s.Integrity };
    }

    public async Task<IActionResult> OnPostAsync(string brigadeId, string leaderId, int year) =>
        await Act(brigadeId, leaderId, year, nameof(Edit), "述责述廉报告已保存。", () => sender.Send(
            new EditAccountabilityReport(Edit.Integrity ?? "", new AccountabilitySectionsInput(Edit.Performance ?? "", Edit.Problems ?? "", Edit.Plans ?? ""))
            {
                BrigadeId = brigadeId, LeaderId = leaderId, Year = year,
            }));

    public async Task<IActionResult> OnPostSubmitAsync(string brigadeId, string leaderId, int year) =>
        await Act(brigadeId, leaderId, year, nameof(Edit), "述责述廉报告已提交。", () => sender.Send(
            new AccountabilityAction(brigadeId, leaderId, year, AccountabilityActionKind.Submit)));

    public async Task<IActionResult> OnPostRedraftAsync(string brigadeId, string leaderId, int year) =>
        await Act(brigadeId, leaderId, year, nameof(Edit), "已据最新数据重新起草（廉洁自律部分保留）。", () => sender.Send(
            new AccountabilityAction(brigadeId, leaderId, year, AccountabilityActionKind.Redraft)));

    public async Task<IActionResult> OnPostReturnAsync(string brigadeId, string leaderId, int year) =>
        await Act(brigadeId, leaderId, year, nameof(Return), "述责述廉报告已退回。", () => sender.Send(
            new ReturnAccountabilityReport(Return.Note) { BrigadeId = brigadeId, LeaderId = leaderId, Year = year }));

    public async Task<IActionResult> OnPostAcceptAsync(string brigadeId, string leaderId, int year) =>
        await Act(brigadeId, leaderId, year, nameof(Return), "述责述廉报告已审核通过。", () => sender.Send(
            new AccountabilityAction(brigadeId, leaderId, year, AccountabilityActionKind.Accept)));

    private async Task<IActionResult> Act(
        string brigadeId, string leaderId, int year, string form, string message, Func<ValueTask<AccountabilityReportResponse>> action)
    {
        Version = null;
        await Load(brigadeId, leaderId, year);
        try
        {
            await action();
            TempData["Message"] = message;
            return Redirect($"/b/{Uri.EscapeDataString(brigadeId)}/leaders/{Uri.EscapeDataString(leaderId)}/accountability/{year}");
        }
        catch (Exception e) when (RequestErrors.AddTo(ModelState, e, form, Renamed))
        {
        }

        return Page();
    }

    /// <summary>The API's field names for the drafted parts, as the form names them.</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["sections.performance"] = "Edit.Performance",
        ["sections.problems"] = "Edit.Problems",
        ["sections.plans"] = "Edit.Plans",
    };

    private async Task Load(string brigadeId, string leaderId, int year)
    {
        var document = await sender.Send(new GetAccountabilityDocument(brigadeId, leaderId, year, Version));
        Report = await sender.Send(new GetAccountabilityReport(brigadeId, leaderId, year, Version));
        Document = AccountabilityReportLayout.Build(document.Report, document.BrigadeName, document.Date);
        TimeZone = document.TimeZone;
        var caller = await sender.Send(new GetMe());
        var holder = DutyHolder.Leader(brigadeId, leaderId);
        var latest = Version is null || Version == Report.Versions;
        CanEdit = latest && Report.State is AccountabilityState.Draft or AccountabilityState.Returned
            && AccessPolicy.CanActOnHolder(caller, holder, HolderAction.EditAccountability, null);
        CanDecide = Report.State == AccountabilityState.Submitted
            && AccessPolicy.CanActOnHolder(caller, holder, HolderAction.DecideAccountability, null);
    }
}
