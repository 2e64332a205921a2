namespace Responsibility.Api.Pages;

using Microsoft.AspNetCore.Mvc.Filters;
using Responsibility.Api.Common;

/// <summary>
/// A detachment account reading a brigade's pages (<see cref="Caller.ReadOnly"/>) sends none of their forms: every
/// POST is refused before its handler runs, as <see cref="AuthorizationBehavior{TMessage,TResponse}"/> refuses the API's
/// writes, and <see cref="PageProblemFilter"/> answers the 403 page.
/// </summary>
public sealed class ReadOnlyPageFilter(CallerAccessor callers) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            && context.HttpContext.User.Identity?.IsAuthenticated == true && (await callers.Get()).ReadOnly)
        {
            throw new ForbiddenException("支队账号只读查看大队情况，大队的填报、批示和整改由大队自己办理。");
        }

        await next();
    }
}
