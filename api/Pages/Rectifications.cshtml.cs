namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Brigades;
using Responsibility.Api.Oversight;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Oversight;

/// <summary>整改台账: the items the caller may read, filtered by unit, state and overdue, with the same rows as .xlsx.</summary>
public sealed class RectificationsModel(ISender sender) : PageModel
{
    public RectificationResponse[] Items { get; private set; } = [];

    public BrigadeInfo Brigade { get; private set; } = null!;

    public string? UnitId { get; private set; }

    public RectificationState? State { get; private set; }

    public bool? Overdue { get; private set; }

    /// <summary>The export link: the same filter as the page.</summary>
    public string ExportLink => $"/api/v1/brigades/{Uri.EscapeDataString(Brigade.Id)}/rectifications?format=xlsx{Query}";

    private string Query =>
        (UnitId is null ? "" : $"&unitId={Uri.EscapeDataString(UnitId)}") + (State is null ? "" : $"&state={State}")
        + (Overdue is null ? "" : $"&overdue={(Overdue.Value ? "true" : "false")}");

    public async Task OnGetAsync(string brigadeId, string? unitId, RectificationState? state, bool? overdue)
    {
        (UnitId, State, Overdue) = (string.IsNullOrEmpty(unitId) ? null : unitId, state, overdue);
        Brigade = await sender.Send(new GetBrigade(brigadeId));
        Items = await sender.Send(new ListRectifications(brigadeId, State, UnitId, Overdue));
    }
}
