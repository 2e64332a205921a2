namespace Responsibility.Api.Auth;

using Responsibility.Api.Common;

/// <summary>A login refused by <see cref="ILoginThrottle"/>: 429 with <c>Retry-After</c> for the API, a Chinese message on the page.</summary>
public sealed class LoginThrottledException(TimeSpan retryAfter) : ThrottledException(
    retryAfter, "登录尝试过于频繁", $"登录失败次数过多，请{Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes))}分钟后再试。");
