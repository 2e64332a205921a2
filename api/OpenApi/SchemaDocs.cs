namespace Responsibility.Api.OpenApi;

using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

/// <summary>
/// Schemas as the API reads and writes them. Text goes through our cleaning converter, so the generator cannot see it
/// is a string; numbers are documented as numbers (the server also reads "3", clients need not send it); and a
/// property is required only when it can never be null, and then always (computed response properties included).
/// </summary>
public static class SchemaDocs
{
    public static Task Transform(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(string) && schema.Type is null && schema.OneOf is not { Count: > 0 })
        {
            var nullable = context.JsonPropertyInfo is { } property && MayBeNull(property) && !IsMarkedRequired(property);
            schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }

        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String)
            && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        if ((Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type).IsEnum && schema.Enum is { Count: > 0 })
        {
            // Enums travel as their names (JsonStringEnumConverter), never as numbers.
            schema.Type = schema.Type is { } t && t.HasFlag(JsonSchemaType.Null) ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
            // An enum met first as a nullable request field would list null among its names; the type says whether null is allowed.
            foreach (var none in schema.Enum.Where(v => v is null || v.GetValueKind() == System.Text.Json.JsonValueKind.Null).ToList())
            {
                schema.Enum.Remove(none);
            }
        }

        if (schema.Required is { Count: > 0 } required)
        {
            foreach (var property in context.JsonTypeInfo.Properties.Where(p => required.Contains(p.Name) && MayBeNull(p)))
            {
                if (!IsMarkedRequired(property))
                {
                    required.Remove(property.Name);
                }
                else if (schema.Properties?.TryGetValue(property.Name, out var value) == true)
                {
                    // Nullable in C# only so that a missing field reaches the validator, which answers 400 for null too.
                    NotNull(schema.Properties, property.Name, value);
                }
            }
        }

        foreach (var property in context.JsonTypeInfo.Properties.Where(p => p.Set is null && !MayBeNull(p)))
        {
            // A computed, read-only property of a response: always written, and null only where its type says so.
            if (schema.Properties?.TryGetValue(property.Name, out var value) != true)
            {
                continue;
            }

            schema.Required ??= new HashSet<string>();
            schema.Required.Add(property.Name);
            NotNull(schema.Properties, property.Name, value);
        }

        return Task.CompletedTask;
    }

    private static void NotNull(IDictionary<string, IOpenApiSchema> properties, string name, IOpenApiSchema? value)
    {
        if (value is OpenApiSchema { Type: { } type } inline)
        {
            inline.Type = type & ~JsonSchemaType.Null;
        }
        else if (value is OpenApiSchema { OneOf: [OpenApiSchema { Type: JsonSchemaType.Null }, var referenced] })
        {
            properties[name] = referenced;
        }
    }

    /// <summary>Request fields the validator insists on carry <c>[Required]</c> for the contract's sake (it checks nothing at run time).</summary>
    private static bool IsMarkedRequired(JsonPropertyInfo property) =>
        property.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: true) == true;

    /// <summary>
    /// Whether the property may hold null. The serializer does not read nullable annotations (it treats every reference
    /// as nullable), so a read-only property, which no constructor parameter describes, is asked directly.
    /// </summary>
    private static bool MayBeNull(JsonPropertyInfo property)
    {
        if (Nullable.GetUnderlyingType(property.PropertyType) is not null)
        {
            return true;
        }

        if (property.PropertyType.IsValueType)
        {
            return false;
        }

        return property is { Set: null, AttributeProvider: PropertyInfo info }
            ? new NullabilityInfoContext().Create(info).ReadState != NullabilityState.NotNull
            : property.IsGetNullable || property.IsSetNullable;
    }
}
