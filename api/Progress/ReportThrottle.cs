namespace Responsibility.Api.Progress;

using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Responsibility.Api.Common;

/// <summary>
/// Progress reports per account, whether from the API or a page's form: a token bucket per username holding
/// <see cref="ReportThrottleOptions.ReportsPerMinute"/> reports and refilled at that rate. Every report the pipeline lets
/// through takes one, a retry with its Idempotency-Key included (the api cannot know it is one before the task answers).
/// The buckets are this process's: behind several apis each counts its own share.
/// </summary>
public sealed class ReportThrottle(IOptions<ReportThrottleOptions> options) : IDisposable
{
    private readonly int perMinute = options.Value.ReportsPerMinute;

    private readonly PartitionedRateLimiter<string> buckets = PartitionedRateLimiter.Create<string, string>(username =>
        RateLimitPartition.GetTokenBucketLimiter(username, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Value.ReportsPerMinute,
            TokensPerPeriod = options.Value.ReportsPerMinute,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Takes one report from <paramref name="username"/>'s bucket, or refuses the report when it is empty.</summary>
    public void Take(string username)
    {
        using var lease = buckets.AttemptAcquire(username);
        if (!lease.IsAcquired)
        {
            // The bucket refills continuously: one report's worth is back after a minute's share of it.
            var seconds = Math.Max(1, (int)Math.Ceiling(60.0 / perMinute));
            throw new ThrottledException(
                TimeSpan.FromSeconds(seconds), "填报过于频繁", $"本账号填报过于频繁（每分钟最多 {perMinute} 条），请 {seconds} 秒后再提交。");
        }
    }

    public void Dispose() => buckets.Dispose();
}
