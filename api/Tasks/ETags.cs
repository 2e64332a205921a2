namespace Responsibility.Api.Tasks;

using Microsoft.Net.Http.Headers;

/// <summary>A task's ETag is its version number, quoted (a strong tag).</summary>
public static class ETags
{
    public static string For(int version) => $"\"{version}\"";

    /// <summary>
    /// What an <c>If-Match</c> header asks for: nothing (missing), any version (<c>*</c>), one of the listed versions,
    /// or tags that can never match a task (weak or foreign tags: RFC 9110 compares If-Match strongly).
    /// </summary>
    public static IfMatch Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return new IfMatch.Missing();
        }

        if (!EntityTagHeaderValue.TryParseList([header], out var tags))
        {
            return new IfMatch.Unmatchable();
        }

        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
        {
            return new IfMatch.Any();
        }

        var versions = tags
            .Where(t => !t.IsWeak && int.TryParse(t.Tag.AsSpan().Trim('"'), out _))
            .Select(t => int.Parse(t.Tag.AsSpan().Trim('"')))
            .ToArray();
        return versions.Length > 0 ? new IfMatch.Versions(versions) : new IfMatch.Unmatchable();
    }

    /// <summary>
    /// The version a change is made against, for a header that is present: the one listed (the current one, when several
    /// are listed and it is among them), null for <c>*</c>, and -1 — never a version, so the change is refused as stale
    /// (412) — for tags that cannot match. A missing header is the caller's to answer (428).
    /// </summary>
    public static async Task<int?> Expected(IfMatch match, Func<Task<int>> current) => match switch
    {
        IfMatch.Versions { Accepted: [var only] } => only,
        IfMatch.Versions { Accepted: var several } => await current() is var now && several.Contains(now) ? now : -1,
        IfMatch.Any => null,
        _ => -1,
    };
}

public abstract record IfMatch
{
    public sealed record Missing : IfMatch;

    public sealed record Any : IfMatch;

    public sealed record Versions(int[] Accepted) : IfMatch;

    public sealed record Unmatchable : IfMatch;
}
