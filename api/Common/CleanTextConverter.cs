namespace Responsibility.Api.Common;

using System.Text.Json;
using System.Text.Json.Serialization;
using Responsibility.Reports.Rendering;

/// <summary>
/// Every string read from a JSON body passes <see cref="SafeText.Clean"/> before any request sees it, and every string
/// written does too, so text an older version stored uncleaned reads as new text is stored.
/// </summary>
public sealed class CleanTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } text ? SafeText.Clean(text) : null;

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(SafeText.Clean(value));
}
