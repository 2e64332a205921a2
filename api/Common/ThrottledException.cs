namespace Responsibility.Api.Common;

/// <summary>
/// A request refused for coming too often: 429 with <c>Retry-After</c> for the API, the message beside the form on a page.
/// <see cref="Title"/> and the message are Chinese, for people.
/// </summary>
public class ThrottledException(TimeSpan retryAfter, string title, string message) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    public string Title { get; } = title;

    /// <summary>Whole seconds, rounded up: a client that waits this long is let in.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
