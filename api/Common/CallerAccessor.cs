namespace Responsibility.Api.Common;

using Responsibility.Api.Auth;

/// <summary>
/// The caller is the account <see cref="SessionCheck"/> loaded and checked when it authenticated the request, so
/// resolving it costs no grain call of its own; a request it did not authenticate has no caller.
/// </summary>
public sealed class CallerAccessor(IHttpContextAccessor http)
{
    private Caller? caller;

    public ValueTask<Caller> Get()
    {
        caller ??= SessionCheck.Account(http.HttpContext) is { } account
            ? Caller.From(account)
            : throw new UnauthorizedAccessException("登录已失效，请重新登录。");
        return ValueTask.FromResult(caller);
    }
}
