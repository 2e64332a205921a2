namespace Responsibility.Contract.Tests;

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Responsibility.TestSupport;

/// <summary>The committed snapshot of the v1 contract and how documents are written and read for comparing.</summary>
public static class Contract
{
    public const string UpdateVariable = "UPDATE_OPENAPI_SNAPSHOT";

    private static readonly JsonSerializerOptions Written = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string SnapshotPath => Repository.PathTo("contracts", "openapi.v1.json");

    public static JsonObject Snapshot => JsonNode.Parse(File.ReadAllText(SnapshotPath))!.AsObject();

    public static JsonObject WithoutServers(string document)
    {
        var parsed = JsonNode.Parse(document)!.AsObject();
        parsed.Remove("servers");
        return parsed;
    }

    public static void WriteSnapshot(JsonObject document) =>
        File.WriteAllText(SnapshotPath, document.ToJsonString(Written) + "\n");
}
