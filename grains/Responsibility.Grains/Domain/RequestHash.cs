namespace Responsibility.Grains.Domain;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>The fingerprint of a progress report's body; <c>confirmed</c> is left out because a retry may add it.</summary>
public static class RequestHash
{
    public static string Of(ProgressReport report)
    {
        var canonical = string.Join(
            '\u001f',
            report.Value?.ToString("R", CultureInfo.InvariantCulture) ?? "",
            report.Stage?.ToString(CultureInfo.InvariantCulture) ?? "",
            report.OccurredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            report.Note,
            report.Evidence ?? "");

        // Only reports with files add them, so entries stored before attachments keep matching their retries.
        if (report.AttachmentIds is { Length: > 0 } ids)
        {
            canonical += '\u001f' + string.Join(',', ids);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Whether a retry carries the body of the entry it repeats; entries without a hash compare their figures.</summary>
    public static bool Matches(ProgressEntry entry, ProgressReport retry) => entry.RequestHash is { } hash
        ? hash == Of(retry)
        : entry.Value == retry.Value && entry.Stage == retry.Stage && entry.Note == retry.Note;
}
