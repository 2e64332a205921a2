namespace Responsibility.Api.Auth;

/// <summary>A login refused by <see cref="ILoginThrottle"/>: 429 with <c>Retry-After</c> for the API, a Chinese message on the page.</summary>
public sealed class LoginThrottledException(TimeSpan retryAfter) : Exception(Saying(retryAfter))
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    /// <summary>Whole seconds, rounded up: a client that waits this long is let in.</summary>
    public int RetryAfterSeconds => Seconds(RetryAfter);

    /// <summary>A short wait in seconds, a longer one in whole minutes, each rounded up.</summary>
    private static string Saying(TimeSpan wait) => Seconds(wait) < 60
        ? $"登录失败次数过多，请{Seconds(wait)}秒后再试。"
        : $"登录失败次数过多，请{(int)Math.Ceiling(Seconds(wait) / 60.0)}分钟后再试。";

    private static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
