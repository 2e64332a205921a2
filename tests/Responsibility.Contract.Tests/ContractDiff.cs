namespace Responsibility.Contract.Tests;

using System.Text.Json.Nodes;

/// <summary>
/// What a new OpenAPI document breaks for clients generated from an old one: a path, an operation, a parameter, a
/// response status, a schema or a property that is gone; an enum value that is gone; a property, parameter or request
/// body that turned required. Additions are not breaking; the snapshot test still asks for them to be committed.
/// </summary>
public static class ContractDiff
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    public static IReadOnlyList<string> Breaking(JsonObject before, JsonObject after)
    {
        var problems = new List<string>();
        var oldPaths = before["paths"]?.AsObject() ?? [];
        var newPaths = after["paths"]?.AsObject() ?? [];
        foreach (var (path, oldItem) in oldPaths)
        {
            if (newPaths[path] is not JsonObject newItem)
            {
                problems.Add($"path removed: {path}");
                continue;
            }

            foreach (var method in Methods)
            {
                if (oldItem?[method] is not JsonObject oldOperation)
                {
                    continue;
                }

                var where = $"{method.ToUpperInvariant()} {path}";
                if (newItem[method] is not JsonObject newOperation)
                {
                    problems.Add($"operation removed: {where}");
                    continue;
                }

                CompareOperation(where, oldOperation, newOperation, problems);
            }
        }

        var oldSchemas = before["components"]?["schemas"]?.AsObject() ?? [];
        var newSchemas = after["components"]?["schemas"]?.AsObject() ?? [];
        foreach (var (name, oldSchema) in oldSchemas)
        {
            if (newSchemas[name] is not JsonObject newSchema)
            {
                problems.Add($"schema removed: {name}");
                continue;
            }

            CompareSchema(name, (JsonObject)oldSchema!, newSchema, problems);
        }

        return problems;
    }

    private static void CompareOperation(string where, JsonObject before, JsonObject after, List<string> problems)
    {
        if (before["operationId"]?.GetValue<string>() is { } id && id != after["operationId"]?.GetValue<string>())
        {
            problems.Add($"operationId changed: {where} was {id}");
        }

        var oldParameters = Parameters(before);
        var newParameters = Parameters(after);
        foreach (var (key, _) in oldParameters)
        {
            if (!newParameters.ContainsKey(key))
            {
                problems.Add($"parameter removed: {where} {key}");
            }
        }

        foreach (var (key, parameter) in newParameters)
        {
            var wasRequired = oldParameters.TryGetValue(key, out var old) && IsTrue(old["required"]);
            if (IsTrue(parameter["required"]) && !wasRequired)
            {
                problems.Add($"parameter turned required: {where} {key}");
            }
        }

        if (IsTrue(after["requestBody"]?["required"]) && !IsTrue(before["requestBody"]?["required"]))
        {
            problems.Add($"request body turned required: {where}");
        }

        var oldTypes = before["requestBody"]?["content"]?.AsObject().Select(c => c.Key) ?? [];
        var newTypes = after["requestBody"]?["content"]?.AsObject() ?? [];
        foreach (var type in oldTypes.Where(t => !newTypes.ContainsKey(t)))
        {
            problems.Add($"request content type removed: {where} {type}");
        }

        var newResponses = after["responses"]?.AsObject() ?? [];
        foreach (var (status, response) in before["responses"]?.AsObject() ?? [])
        {
            if (newResponses[status] is not JsonObject newResponse)
            {
                problems.Add($"response removed: {where} {status}");
                continue;
            }

            var newContent = newResponse["content"]?.AsObject() ?? [];
            foreach (var (type, _) in response?["content"]?.AsObject() ?? [])
            {
                if (!newContent.ContainsKey(type))
                {
                    problems.Add($"response content type removed: {where} {status} {type}");
                }
            }
        }
    }

    private static Dictionary<string, JsonObject> Parameters(JsonObject operation) =>
        (operation["parameters"]?.AsArray() ?? [])
            .OfType<JsonObject>()
            .ToDictionary(p => $"{p["in"]?.GetValue<string>()}:{p["name"]?.GetValue<string>()}");

    private static void CompareSchema(string where, JsonObject before, JsonObject after, List<string> problems)
    {
        if (before["enum"] is JsonArray oldValues)
        {
            var newValues = (after["enum"] as JsonArray ?? []).Select(v => v?.ToJsonString()).ToHashSet();
            foreach (var value in oldValues.Select(v => v?.ToJsonString()).Where(v => !newValues.Contains(v)))
            {
                problems.Add($"enum value removed: {where} {value}");
            }
        }

        var oldProperties = before["properties"]?.AsObject() ?? [];
        var newProperties = after["properties"]?.AsObject() ?? [];
        foreach (var (property, oldProperty) in oldProperties)
        {
            if (newProperties[property] is not JsonObject newProperty)
            {
                problems.Add($"property removed: {where}.{property}");
            }
            else if (oldProperty is JsonObject old)
            {
                CompareSchema($"{where}.{property}", old, newProperty, problems);
            }
        }

        var wasRequired = Names(before["required"]);
        foreach (var property in Names(after["required"]).Where(p => !wasRequired.Contains(p)))
        {
            problems.Add($"property turned required: {where}.{property}");
        }

        if (before["items"] is JsonObject oldItems && after["items"] is JsonObject newItems)
        {
            CompareSchema($"{where}[]", oldItems, newItems, problems);
        }
    }

    private static HashSet<string> Names(JsonNode? array) =>
        (array as JsonArray ?? []).Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);

    private static bool IsTrue(JsonNode? node) => node is JsonValue value && value.TryGetValue<bool>(out var b) && b;
}
