using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Responsibility.Storage;

public sealed class SqlGrainStorageOptions
{
    public string ConnectionString { get; set; } = "";

    /// <summary>Serializer settings for payloads; <see cref="DefaultJson"/> when null.</summary>
    public JsonSerializerOptions? Json { get; set; }

    /// <summary>
    /// camelCase, enums as strings, no type names: rows stay readable after a type rename. Chinese is written as UTF-8
    /// (3 bytes a character, not a 6-byte <c>\uXXXX</c>); every character escaped before (quotes, control and
    /// HTML-sensitive characters) still is, and rows written with escapes read the same.
    /// </summary>
    public static JsonSerializerOptions DefaultJson() =>
        new(JsonSerializerDefaults.Web)
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            NumberHandling =
                JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.AllowNamedFloatingPointLiterals,
            WriteIndented = false,
            Converters = { new JsonStringEnumConverter() },
        };
}
