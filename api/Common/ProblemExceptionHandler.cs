namespace Responsibility.Api.Common;

using System.Data.Common;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Responsibility.Api.Ledger;
using Responsibility.Grains.Abstractions;
using StackExchange.Redis;

/// <summary>The one mapping from failures to RFC 9457 problem+json; field names are the request's camelCase names.</summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException e => Invalid(e.Errors.GroupBy(f => FieldName(f.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToArray())),
            LedgerRejectedException e => WithCells(Invalid(e.Errors()), e),
            DomainException { Kind: ErrorKind.Invalid } e => WithCode(Invalid(new() { [e.Field ?? "request"] = [e.Message] }), e.Code),
            DomainException e => Problem(ErrorStatus.For(e.Kind), ErrorStatus.Title(e.Kind), e.Message, e.Field),
            ForbiddenException e => Problem(StatusCodes.Status403Forbidden, "没有权限", e.Message),
            UnauthorizedAccessException e => Problem(StatusCodes.Status401Unauthorized, "未通过身份验证", e.Message),
            ThrottledException e => Problem(StatusCodes.Status429TooManyRequests, e.Title, e.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                Problem(StatusCodes.Status413PayloadTooLarge, "请求内容过大", "请求内容超过了允许的大小。"),
            BadHttpRequestException e => Unreadable(e),
            _ when IsOutage(exception) => Problem(StatusCodes.Status503ServiceUnavailable, "服务暂时不可用",
                "系统的一部分暂时无法访问，本次请求未完成。请稍后重试；带 Idempotency-Key 的填报原样重发只计一次。"),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        http.Response.StatusCode = problem.Status!.Value;
        if (exception is ThrottledException throttled)
        {
            http.Response.Headers.RetryAfter = throttled.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            http.Response.Headers.RetryAfter = OutageRetryAfterSeconds;
        }

        return await problems.TryWriteAsync(new() { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>Seconds a client waits after a 503: about what a cluster takes to replace a dead silo.</summary>
    public const string OutageRetryAfterSeconds = "5";

    /// <summary>
    /// A part of the system is down or not answering (a silo, the cluster's gateway, Redis, the database): the request
    /// did not fail for anything the user sent, and the same request may succeed shortly.
    /// </summary>
    public static bool IsOutage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is TimeoutException or OrleansMessageRejectionException or RedisException or DbException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }

    public static string FieldName(string propertyPath) => string.Join('.', propertyPath
        .Split('.', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p)));

    private static ValidationProblemDetails Invalid(Dictionary<string, string[]> errors) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "请求参数有误",
        Detail = string.Join(" ", errors.Select(e => $"{e.Key}：{string.Join(" ", e.Value)}")),
    };

    private static ProblemDetails Unreadable(BadHttpRequestException exception)
    {
        var json = exception.InnerException as JsonException;
        var field = json?.Path is { Length: > 2 } path ? path.TrimStart('$', '.')
            : BoundParameter().Match(exception.Message) is { Success: true } m ? FieldName(m.Groups["name"].Value)
            : "body";
        return Invalid(new() { [field] = [json is null ? "请求格式不正确。" : "JSON 格式不正确或类型不符。"] });
    }

    /// <summary>A query, route or header value the framework could not bind names its parameter only in the message.</summary>
    [GeneratedRegex("""^(?:Failed to bind|Required) parameter "[^"]* (?<name>\w+)" (?:from "|was not provided)""")]
    private static partial Regex BoundParameter();

    /// <summary>A machine-readable reason beside the field errors, e.g. <c>confirmationRequired</c>.</summary>
    private static ProblemDetails WithCode(ProblemDetails problem, string? code)
    {
        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }

        return problem;
    }

    /// <summary>An imported sheet's problems, each with its row, column and cell, beside the errors by cell.</summary>
    private static ProblemDetails WithCells(ProblemDetails problem, LedgerRejectedException rejected)
    {
        problem.Title = $"{rejected.Name}有误，未导入任何内容";
        problem.Extensions["cells"] = rejected.Cells;
        return problem;
    }

    private static ProblemDetails Problem(int status, string title, string detail, string? field = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (field is not null)
        {
            problem.Extensions["field"] = field;
        }

        return problem;
    }
}
