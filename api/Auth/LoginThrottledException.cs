namespace Responsibility.Api.Auth;

/// <summary>A login refused by <see cref="ILoginThrottle"/>: 429 with <c>Retry-After</c> for the API, a Chinese message on the page.</summary>
public sealed class LoginThrottledException(TimeSpan retryAfter)
    : Exception($"登录失败次数过多，请{Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes))}分钟后再试。")
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    /// <summary>Whole seconds, rounded up: a client that waits this long is let in.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
