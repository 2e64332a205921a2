namespace Responsibility.Api.Pages;

using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;

/// <summary>
/// The pages' counterpart of <see cref="ProblemExceptionHandler"/>: a refusal from the mediator pipeline becomes a
/// Chinese page with the same status code instead of problem+json; a vanished account goes back to the login form.
/// </summary>
public sealed class PageProblemFilter(IModelMetadataProvider metadata) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            return;
        }

        if (executed.Exception is UnauthorizedAccessException)
        {
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            executed.Result = new RedirectResult("/login");
            executed.ExceptionHandled = true;
            return;
        }

        var problem = executed.Exception switch
        {
            ForbiddenException e => new PageProblem(
                StatusCodes.Status403Forbidden, "没有权限",
                e.Message == ForbiddenException.Refused && HttpMethods.IsGet(context.HttpContext.Request.Method) ? ForbiddenException.RefusedToRead : e.Message),
            DomainException e => new PageProblem(ErrorStatus.For(e.Kind), ErrorStatus.Title(e.Kind), e.Message),
            ValidationException e => new PageProblem(
                StatusCodes.Status400BadRequest, "请求参数有误", string.Join(" ", e.Errors.Select(f => f.ErrorMessage).Distinct())),
            _ => null,
        };
        if (problem is not null)
        {
            executed.Result = new ViewResult
            {
                ViewName = "/Pages/Shared/_Problem.cshtml",
                StatusCode = problem.Status,
                ViewData = new ViewDataDictionary<PageProblem>(metadata, new ModelStateDictionary()) { Model = problem },
            };
            executed.ExceptionHandled = true;
        }
    }
}
