namespace Responsibility.Api.Auth;

using Responsibility.Api.Common;

/// <summary>A login refused by <see cref="ILoginThrottle"/>: 429 with <c>Retry-After</c> for the API, a Chinese message on the page.</summary>
public sealed class LoginThrottledException(TimeSpan retryAfter) : ThrottledException(retryAfter, "登录尝试过于频繁", Saying(retryAfter))
{
    /// <summary>A short wait in seconds, a longer one in whole minutes, each rounded up.</summary>
    private static string Saying(TimeSpan wait) => Seconds(wait) < 60
        ? $"登录失败次数过多，请{Seconds(wait)}秒后再试。"
        : $"登录失败次数过多，请{(int)Math.Ceiling(Seconds(wait) / 60.0)}分钟后再试。";

    private static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
