namespace Responsibility.Api.Pages.Shared;

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;

/// <summary>The top bar: the brigade in view, who is signed in and in what role, and where they may go.</summary>
public sealed class TopBarViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return View("Anonymous");
        }

        var caller = await sender.Send(new GetMe());
        var brigadeId = RouteData.Values["brigadeId"] as string ?? caller.BrigadeId;
        var name = brigadeId is null ? null : await BrigadeName(brigadeId);
        if (name is null && caller.BrigadeId is { } own && own != brigadeId)
        {
            // A brigade in the address that is not the caller's: the bar stays on their own brigade.
            (brigadeId, name) = (own, await BrigadeName(own));
        }

        return View(new TopBar(caller, brigadeId, name, await InboxCount(caller)));
    }

    private async Task<int> InboxCount(Caller caller)
    {
        if (caller.BrigadeId is null || caller.Role == Grains.Abstractions.Accounts.Role.Viewer)
        {
            return 0;
        }

        try
        {
            return (await sender.Send(new Inbox.GetInbox())).Items.Length;
        }
        catch (Grains.Abstractions.DomainException)
        {
            // A page about the brigade says what is wrong with it; the bar just shows no count.
            return 0;
        }
    }

    private async Task<string?> BrigadeName(string brigadeId)
    {
        try
        {
            return (await sender.Send(new GetBrigade(brigadeId))).Settings.Name;
        }
        catch (Exception e) when (e is ForbiddenException or Grains.Abstractions.DomainException or FluentValidation.ValidationException)
        {
            // The page itself reports the refusal or the unknown brigade; the bar just leaves the name out.
            return null;
        }
    }
}
