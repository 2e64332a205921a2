namespace Responsibility.Api.Common;

using System.Security.Claims;
using Responsibility.Grains.Abstractions;

/// <summary>Resolves the caller once per request from the token's subject and the user grain.</summary>
public sealed class CallerAccessor(IHttpContextAccessor http, IGrainFactory grains)
{
    private Caller? caller;

    public async ValueTask<Caller> Get()
    {
        if (caller is not null)
        {
            return caller;
        }

        var username = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? http.HttpContext?.User.FindFirstValue("sub")
            ?? throw new UnauthorizedAccessException("登录已失效，请重新登录。");
        var account = await grains.GetGrain<IUserGrain>(username).Get() ?? throw new UnauthorizedAccessException("登录已失效，请重新登录。");
        return caller = Caller.From(account);
    }
}
