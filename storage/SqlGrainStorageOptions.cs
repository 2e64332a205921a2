using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responsibility.Storage;

public sealed class SqlGrainStorageOptions
{
    public string ConnectionString { get; set; } = "";

    /// <summary>Serializer settings for payloads; <see cref="DefaultJson"/> when null.</summary>
    public JsonSerializerOptions? Json { get; set; }

    /// <summary>camelCase, enums as strings, no type names: rows stay readable after a type rename.</summary>
    public static JsonSerializerOptions DefaultJson() =>
        new(JsonSerializerDefaults.Web)
        {
            NumberHandling =
                JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.AllowNamedFloatingPointLiterals,
            WriteIndented = false,
            Converters = { new JsonStringEnumConverter() },
        };
}
