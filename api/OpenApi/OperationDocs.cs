namespace Responsibility.Api.OpenApi;

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Responsibility.Api.Reports;

/// <summary>
/// What every operation says beyond its route: the bearer requirement (or none, for signing in), the 401 every
/// protected operation can answer, the Retry-After of every 429, the formats of months and preconditions, and
/// examples of the write operations.
/// </summary>
public static class OperationDocs
{
    public static Task Transform(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var isProtected = !metadata.OfType<IAllowAnonymous>().Any() && metadata.OfType<IAuthorizeData>().Any();
        operation.Security = isProtected
            ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocument.Bearer, context.Document)] = [] }]
            : [];
        if (isProtected && operation.Responses is { } responses && !responses.ContainsKey("401"))
        {
            responses["401"] = Problem(context, "未登录、令牌已失效或已被撤销。");
        }

        if (operation.Responses?.GetValueOrDefault("429") is OpenApiResponse throttled)
        {
            throttled.Headers ??= new Dictionary<string, IOpenApiHeader>();
            throttled.Headers["Retry-After"] = new OpenApiHeader
            {
                Description = "Seconds to wait before the same request is let in.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
            };
        }

        var spreadsheet = operation.Responses?.GetValueOrDefault("200")?.Content?.ContainsKey(Ledger.LedgerDownload.ContentType) == true;
        foreach (var parameter in operation.Parameters ?? [])
        {
            Describe(parameter, spreadsheet);
        }

        var json = context.ApplicationServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        Examples.Add(operation, json);
        return Task.CompletedTask;
    }

    /// <param name="spreadsheet">Whether the operation answers an .xlsx, whose only format is xlsx.</param>
    private static void Describe(IOpenApiParameter parameter, bool spreadsheet)
    {
        if (parameter is not OpenApiParameter p)
        {
            return;
        }

        switch (p.Name)
        {
            case "month":
                p.Description = "The month, yyyy-MM (e.g. 2026-10), in the brigade's time zone.";
                p.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9]{4}-[0-9]{2}$", Examples = ["2026-10"] };
                break;
            case "If-Match":
                p.Description = "The ETag of the task as last read (`\"3\"`), or `*`. Missing: 428; stale: 412.";
                break;
            case "Idempotency-Key":
                p.Description = "Any string up to 128 characters; the same key again answers the first answer and counts once " +
                                "(with another body: 422).";
                break;
            case "format" when p.In == ParameterLocation.Query && spreadsheet:
                p.Description = "xlsx (the default and only format).";
                p.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = ["xlsx"] };
                break;
            case "format" when p.In == ParameterLocation.Query:
                p.Description = "json (default), md, html or docx; the same report snapshot in each.";
                p.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. ReportFormat.All.Select(f => (JsonNode)f)] };
                break;
            case "asOf":
                p.Description = "The answer as it stood at the end of this day (default: today in the brigade's time zone).";
                break;
        }
    }

    private static OpenApiResponse Problem(OpenApiOperationTransformerContext context, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) },
        },
    };
}
