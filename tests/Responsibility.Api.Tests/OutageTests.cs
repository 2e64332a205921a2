namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Responsibility.Api.Auth;
using Responsibility.Api.Common;
using StackExchange.Redis;

/// <summary>
/// A part of the cluster that is down (Redis, a silo, the database) is not the user's fault: 503 problem+json with
/// Retry-After, never a bare 500 — as seen when Redis stopped under a running cluster (docs/deployment.md).
/// </summary>
public sealed class OutageTests
{
    [Fact]
    public async Task SigningInWhileRedisIsDownAnswers503WithRetryAfter()
    {
        await using var factory = new ApiFactory
        {
            TestServices = services => services.AddSingleton<ILoginThrottle>(new UnreachableThrottle()),
        };

        var answer = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { username = "admin", password = ApiFactory.AdminPassword });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(5), answer.Headers.RetryAfter?.Delta);
        Assert.Equal(503, (await answer.Problem()).Status);
    }

    [Theory]
    [InlineData(typeof(TimeoutException), true)]
    [InlineData(typeof(SiloUnavailableException), true)]
    [InlineData(typeof(InvalidOperationException), false)]
    [InlineData(typeof(NullReferenceException), false)]
    public void OnlyAPartOfTheSystemNotAnsweringCountsAsAnOutage(Type kind, bool outage)
    {
        var exception = (Exception)Activator.CreateInstance(kind, "test")!;

        Assert.Equal(outage, ProblemExceptionHandler.IsOutage(exception));
        Assert.Equal(outage, ProblemExceptionHandler.IsOutage(new InvalidOperationException("wrapped", exception)));
    }

    private sealed class UnreachableThrottle : ILoginThrottle
    {
        public ValueTask<TimeSpan?> Attempt(string username, string address) =>
            throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "No connection is available to service this operation.");

        public ValueTask Failed(string address) => ValueTask.CompletedTask;

        public ValueTask Succeeded(string username, string address) => ValueTask.CompletedTask;
    }
}
