namespace Responsibility.Api.Common;

using Responsibility.Api.Auth;
using Responsibility.Grains.Abstractions;

/// <summary>
/// The caller is the account <see cref="SessionCheck"/> loaded and checked when it authenticated the request, so
/// resolving it costs no grain call of its own; a request it did not authenticate has no caller. A detachment
/// account on a route naming one of its brigades (<c>{brigadeId}</c>) is that brigade's reader (one call to its
/// detachment's grain); on another brigade's route it stays at its level, where the brigade is missing (404). A
/// detachment's own routes (<c>{detachmentId}</c>, which may name a brigade too) are always at its level.
/// </summary>
public sealed class CallerAccessor(IHttpContextAccessor http, IGrainFactory grains)
{
    private Caller? caller;

    public async ValueTask<Caller> Get()
    {
        if (caller is not null)
        {
            return caller;
        }

        var account = SessionCheck.Account(http.HttpContext) ?? throw new UnauthorizedAccessException("登录已失效，请重新登录。");
        var found = Caller.From(account);
        var route = http.HttpContext;
        if (found.Detachment is { } seat && route?.GetRouteValue("detachmentId") is null && route?.GetRouteValue("brigadeId") is string brigadeId
            && await grains.GetGrain<IDetachmentGrain>(seat.DetachmentId).HasBrigade(brigadeId))
        {
            found = found.ReadingBrigade(brigadeId);
        }

        return caller = found;
    }
}
