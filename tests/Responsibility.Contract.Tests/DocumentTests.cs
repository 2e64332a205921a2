namespace Responsibility.Contract.Tests;

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

/// <summary>What integrators and generators read from the served document, operation by operation.</summary>
[Collection(ServedApiCollection.Name)]
public sealed partial class DocumentTests(ServedApi api)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public void EveryOperationHasAUniqueCamelCaseOperationIdASummaryAndADeclaredTag()
    {
        var declaredTags = api.Document["tags"]!.AsArray()
            .Where(t => !string.IsNullOrWhiteSpace((string?)t!["description"]))
            .Select(t => (string)t!["name"]!)
            .ToHashSet();
        var operations = Operations().ToList();

        Assert.NotEmpty(operations);
        Assert.All(operations, o =>
        {
            Assert.Matches(CamelCase(), (string?)o.Operation["operationId"] ?? "");
            Assert.False(string.IsNullOrWhiteSpace((string?)o.Operation["summary"]), $"{o.Name} has no summary");
            Assert.NotEmpty(o.Operation["tags"]!.AsArray());
            Assert.All(o.Operation["tags"]!.AsArray(), t => Assert.Contains((string)t!, declaredTags));
        });
        Assert.Equal(operations.Count, operations.Select(o => (string)o.Operation["operationId"]!).Distinct().Count());
    }

    [Fact]
    public void SigningInNeedsNoTokenAndEveryOtherOperationNeedsTheBearerToken()
    {
        var scheme = api.Document["components"]!["securitySchemes"]!["bearer"]!;
        Assert.Equal(("http", "bearer"), ((string?)scheme["type"], (string?)scheme["scheme"]));

        foreach (var (name, operation) in Operations())
        {
            var security = operation["security"]!.AsArray();
            if ((string?)operation["operationId"] == "issueToken")
            {
                Assert.Empty(security);
                continue;
            }

            Assert.True(security is [JsonObject requirement] && requirement.ContainsKey("bearer"), $"{name} does not require the bearer token");
            Assert.True(operation["responses"]!.AsObject().ContainsKey("401"), $"{name} does not document 401");
        }
    }

    [Fact]
    public void EveryRefusalIsAProblemDocument()
    {
        foreach (var (name, operation) in Operations())
        {
            var refusals = operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('4')).ToList();
            Assert.True(refusals.Count > 0, $"{name} documents no 4xx answer");
            foreach (var (status, response) in refusals)
            {
                var content = response!["content"]?.AsObject();
                Assert.True(content is not null && content.ContainsKey("application/problem+json"), $"{name} {status} is not problem+json");
                var schema = (string?)content!["application/problem+json"]!["schema"]!["$ref"];
                Assert.Contains(schema, new[] { "#/components/schemas/ProblemDetails", "#/components/schemas/HttpValidationProblemDetails" });
            }
        }
    }

    [Fact]
    public void WriteOperationsShowARequestAndAResponseExampleOfTheirSchemas()
    {
        var writes = Operations().Where(o => o.Operation["requestBody"]?["content"]?["application/json"] is not null).ToList();

        Assert.NotEmpty(writes);
        foreach (var (name, operation) in writes)
        {
            var request = operation["requestBody"]!["content"]!["application/json"]!;
            AssertExampleFits(name + " request", request);
            var success = operation["responses"]!.AsObject().First(r => r.Key.StartsWith('2')).Value!;
            if (success["content"]?["application/json"] is { } response)
            {
                AssertExampleFits(name + " response", response);
            }
        }
    }

    [Fact]
    public void EnumsAreNamedStringsAndMonthsAndDatesCarryTheirFormats()
    {
        var schemas = api.Document["components"]!["schemas"]!.AsObject();
        var enums = schemas.Where(s => s.Value!["enum"] is not null).ToList();

        Assert.Contains(enums, e => e.Key == "ProgressStatus");
        Assert.All(enums, e =>
        {
            Assert.Equal("string", Types(e.Value!).Except(["null"]).Single());
            Assert.All(e.Value!["enum"]!.AsArray(), v => Assert.Matches("^[A-Z][A-Za-z]+$", (string)v!));
        });

        var occurredOn = schemas["ReportProgress"]!["properties"]!["occurredOn"]!;
        Assert.Equal("date", (string?)occurredOn["format"]);
        var months = Operations()
            .SelectMany(o => o.Operation["parameters"]?.AsArray() ?? [])
            .Where(p => (string?)p!["name"] == "month")
            .ToList();
        Assert.NotEmpty(months);
        Assert.All(months, m => Assert.Equal("^[0-9]{4}-[0-9]{2}$", (string?)m!["schema"]!["pattern"]));
    }

    [Fact]
    public void DocumentNamesItsContactAndLicence()
    {
        var info = api.Document["info"]!;

        Assert.False(string.IsNullOrWhiteSpace((string?)info["contact"]?["name"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)info["license"]?["name"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)info["license"]?["identifier"] ?? (string?)info["license"]?["url"]));
    }

    [Fact]
    public async Task ReferencePageOffersTheBearerSchemeToAuthorizeWith()
    {
        using var http = new HttpClient { BaseAddress = new Uri(api.App.Url) };

        var page = await http.GetStringAsync("/scalar/");

        Assert.Contains("\"preferredSecurityScheme\":[\"bearer\"]", page, StringComparison.Ordinal);
        Assert.Contains("openapi/v1.json", page, StringComparison.Ordinal);
    }

    private void AssertExampleFits(string name, JsonNode media)
    {
        var example = media["example"];
        Assert.True(example is JsonObject or JsonArray, $"{name} has no example");
        var item = example is JsonArray list ? list.FirstOrDefault() : example;
        var schema = Resolve(media["schema"]!);
        if (schema["type"]?.ToString() == "array")
        {
            schema = Resolve(schema["items"]!);
        }

        var properties = schema["properties"]!.AsObject();
        Assert.All(item!.AsObject(), p => Assert.True(properties.ContainsKey(p.Key), $"{name} example has {p.Key}, which its schema lacks"));
        Assert.All(schema["required"]?.AsArray() ?? [], r => Assert.True(item.AsObject().ContainsKey((string)r!), $"{name} example lacks required {r}"));
    }

    private JsonNode Resolve(JsonNode schema) =>
        (string?)schema["$ref"] is { } reference
            ? api.Document["components"]!["schemas"]![reference["#/components/schemas/".Length..]]!
            : schema;

    private static IEnumerable<string> Types(JsonNode schema) =>
        schema["type"] is JsonArray types ? types.Select(t => (string)t!) : [(string)schema["type"]!];

    private IEnumerable<(string Name, JsonObject Operation)> Operations() =>
        from path in api.Document["paths"]!.AsObject()
        from method in path.Value!.AsObject()
        where Methods.Contains(method.Key)
        select ($"{method.Key.ToUpperInvariant()} {path.Key}", method.Value!.AsObject());

    [GeneratedRegex("^[a-z][a-zA-Z0-9]*$")]
    private static partial Regex CamelCase();
}
