namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Attachments;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;

/// <summary>
/// 记录履责 for a leader (<c>?leader=</c>) or a unit (<c>?unit=</c>): what was done, when, with whom, the files, and the
/// slots it fulfils (those due or 未履责). Offered to whoever may record for them; RecordDuty's permission decides.
/// </summary>
[RequestSizeLimit(PageUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = PageUploads.MaxRequestBytes)]
public sealed class RecordNewModel(ISender sender, PermissionCheck permissions) : PageModel
{
    private static readonly Dictionary<string, string> Renamed = new()
    {
        ["attachmentIds"] = nameof(Files),
        ["leaderId"] = "",
        ["unitId"] = "",
        ["followUp"] = "Input.FollowUpText",
        ["followUp.text"] = "Input.FollowUpText",
        ["followUp.unitIds"] = "Input.FollowUpUnitIds",
        ["followUp.dueDate"] = "Input.FollowUpDue",
    };

    private static readonly IReadOnlySet<string> Shown = new[]
    {
        "Input.Kind", "Input.OccurredOn", "Input.Content", "Input.Participants", "Input.SlotIds", "Input.FollowUpText",
        "Input.FollowUpUnitIds", "Input.FollowUpDue", nameof(Files),
    }.ToHashSet();

    [BindProperty(SupportsGet = true, Name = "leader")]
    public string? LeaderId { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? UnitId { get; set; }

    /// <summary>The slot the 待办 item came from, ticked in the form.</summary>
    [BindProperty(SupportsGet = true, Name = "slot")]
    public string? SlotId { get; set; }

    [BindProperty]
    public RecordInput Input { get; set; } = new();

    /// <summary>佐证材料 chosen in the form.</summary>
    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public AttachmentResponse[] KeptFiles { get; private set; } = [];

    public BrigadeInfo Brigade { get; private set; } = null!;

    public HolderDuties Duties { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public string BackLink => $"/b/{Brigade.Id}/{(Duties.Holder.Kind == DutyHolderKind.Leader ? "leaders" : "units")}/{Duties.Holder.Id}";

    public async Task OnGetAsync(string brigadeId)
    {
        await Load(brigadeId);
        Input = new RecordInput
        {
            OccurredOn = Today,
            SlotIds = Duties.Open.Any(x => x.Slot.Id == SlotId) ? [SlotId!] : [],
        };
    }

    public async Task<IActionResult> OnPostAsync(string brigadeId, CancellationToken cancellationToken)
    {
        await Load(brigadeId);
        // Files are taken even when the record is refused, so the person fixes the text without choosing them again.
        var uploaded = await PageUploads.Upload(sender, Files, ModelState, nameof(Files), cancellationToken);
        Input.AttachmentIds = [.. Input.AttachmentIds, .. uploaded ?? []];
        if (uploaded is not null)
        {
            try
            {
                var record = await sender.Send(Input.ToRequest(Duties.Holder), cancellationToken);
                TempData["Message"] = $"已记录{record.HolderName}的{DutyDisplay.KindName(record.Kind)}。";
                return Redirect(BackLink + "#records");
            }
            catch (Exception e) when (RequestErrors.AddTo(ModelState, e, nameof(Input), Renamed))
            {
                FormErrors.ShowUnplaced(ModelState, Shown);
            }
        }

        KeptFiles = await PageUploads.Kept(sender, Input.AttachmentIds, cancellationToken);
        return Page();
    }

    private async Task Load(string brigadeId)
    {
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        var holder = (LeaderId, UnitId) switch
        {
            ({ } leader, null) => DutyHolder.Leader(brigadeId, leader),
            (null, { } unit) => DutyHolder.Unit(brigadeId, unit),
            _ => throw Grains.Abstractions.DomainException.NotFound("请从班子成员或单位的页面进入。"),
        };
        var caller = await sender.Send(new GetMe());
        Today = BrigadeDay.Today(HttpContext.RequestServices, Brigade.Settings.TimeZone);
        Duties = await HolderDuties.Load(sender, permissions, caller, holder, Today.Year, null);
        if (!Duties.CanRecord)
        {
            throw new ForbiddenException(ForbiddenException.Refused);
        }
    }
}
