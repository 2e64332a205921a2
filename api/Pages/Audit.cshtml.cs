namespace Responsibility.Api.Pages;

using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Audit;
using Responsibility.Api.Brigades;
using Responsibility.Grains.Abstractions.Org;

/// <summary>操作记录: the brigade's changes, newest first, filtered by day, person, task and kind of change.</summary>
public sealed class AuditModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? TaskId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public BrigadeInfo Brigade { get; private set; } = null!;

    public AuditResponse Trail { get; private set; } = new([], null);

    /// <summary>The people the filter offers, by the names the trail shows.</summary>
    public AuditActor[] People { get; private set; } = [];

    public string? Error { get; private set; }

    public string NextLink => QueryString.Create(new Dictionary<string, string?>
    {
        ["from"] = From is { } f ? Display.Date(f) : null, ["to"] = To is { } t ? Display.Date(t) : null,
        ["actor"] = Actor, ["taskId"] = TaskId, ["kind"] = Kind, ["cursor"] = Trail.Next,
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToString();

    public async Task OnGetAsync(string brigadeId)
    {
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        People = await sender.Send(new ListAuditActors(brigadeId));
        try
        {
            Trail = await sender.Send(new ReadAudit(brigadeId, From, To, Blank(Actor), Blank(TaskId), Blank(Kind), Blank(Cursor), null));
        }
        catch (ValidationException e)
        {
            Error = string.Join(" ", e.Errors.Select(f => f.ErrorMessage).Distinct());
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
