namespace Responsibility.Api.OpenApi;

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
}
