namespace Responsibility.Api.Pages.Detachment;

using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Common;
using Responsibility.Api.Detachments;

/// <summary>A 支队's home: its name, its brigades (each opening the brigade's own pages) and the detachment's pages.</summary>
public sealed class HomeModel(ISender sender) : PageModel
{
    public DetachmentResponse Detachment { get; private set; } = null!;

    public Caller Caller { get; private set; } = null!;

    public async Task OnGetAsync(string detachmentId)
    {
        Detachment = await sender.Send(new GetDetachment(detachmentId));
        Caller = await sender.Send(new GetMe());
    }
}
