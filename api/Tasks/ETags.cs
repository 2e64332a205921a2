namespace Responsibility.Api.Tasks;

using Microsoft.Net.Http.Headers;

/// <summary>A task's ETag is its version number, quoted.</summary>
public static class ETags
{
    public static string For(int version) => $"\"{version}\"";

    public static int? Parse(string? ifMatch) =>
        ifMatch is not null && EntityTagHeaderValue.TryParse(ifMatch, out var tag)
        && int.TryParse(tag.Tag.AsSpan().Trim('"'), out var version) ? version : null;
}
