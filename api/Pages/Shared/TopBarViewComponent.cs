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
        return View(new TopBar(caller, brigadeId, brigadeId is null ? null : await BrigadeName(brigadeId)));
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
