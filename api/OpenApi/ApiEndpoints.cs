namespace Responsibility.Api.OpenApi;

using Microsoft.OpenApi;

/// <summary>How an endpoint enters the contract: a stable camelCase operationId, a summary, and the problems it can answer.</summary>
public static class ApiEndpoints
{
    public static RouteHandlerBuilder Documented(this RouteHandlerBuilder endpoint, string operationId, string summary, params int[] problems)
    {
        endpoint.WithName(operationId).WithSummary(summary);
        foreach (var status in problems)
        {
            if (status == StatusCodes.Status400BadRequest)
            {
                endpoint.ProducesValidationProblem();
            }
            else
            {
                endpoint.ProducesProblem(status);
            }
        }

        return endpoint;
    }

    /// <summary>
    /// A list read a page at a time, newest first: <c>limit</c> and <c>cursor</c> described, and the next page's address in
    /// the <c>Link</c> header of the answer (the body stays the list itself).
    /// </summary>
    public static RouteHandlerBuilder Paged(this RouteHandlerBuilder endpoint, int defaultLimit, int maxLimit) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
            {
                parameter.Description = parameter.Name switch
                {
                    "limit" => $"How many to answer, 1 to {maxLimit} (default {defaultLimit}).",
                    "cursor" => "Where the next page starts, as the previous answer's Link header gives it; omit for the newest. Opaque.",
                    _ => parameter.Description,
                };
            }

            if (operation.Responses?.GetValueOrDefault("200") is OpenApiResponse ok)
            {
                ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
                ok.Headers["Link"] = new OpenApiHeader
                {
                    Description = "Present when older items remain: `</api/v1/...?limit=100&cursor=...>; rel=\"next\"` (RFC 8288).",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }

            return Task.CompletedTask;
        });
}
