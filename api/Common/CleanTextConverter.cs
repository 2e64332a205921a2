namespace Responsibility.Api.Common;

using System.Text.Json;
using System.Text.Json.Serialization;
using Responsibility.Reports.Rendering;

/// <summary>Every string read from a JSON body passes <see cref="SafeText.Clean"/> before any request sees it.</summary>
public sealed class CleanTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } text ? SafeText.Clean(text) : null;

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
