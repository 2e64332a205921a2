namespace Responsibility.Contract.Tests;

using System.Text.Json.Nodes;

/// <summary>What the snapshot test calls breaking, shown on the committed snapshot itself.</summary>
public sealed class ContractDiffTests
{
    private const string Progress = "/api/v1/tasks/{taskId}/progress";

    [Fact]
    public void TheSnapshotBreaksNothingAgainstItself() =>
        Assert.Empty(ContractDiff.Breaking(Contract.Snapshot, Contract.Snapshot));

    [Fact]
    public void RemovedPathIsBreaking()
    {
        var changed = Changed(d => d["paths"]!.AsObject().Remove(Progress));

        Assert.Contains($"path removed: {Progress}", changed);
    }

    [Fact]
    public void RemovedOperationIsBreaking()
    {
        var changed = Changed(d => d["paths"]![Progress]!.AsObject().Remove("get"));

        Assert.Equal([$"operation removed: GET {Progress}"], changed);
    }

    [Fact]
    public void RenamedOperationIdIsBreaking()
    {
        var changed = Changed(d => d["paths"]![Progress]!["post"]!["operationId"] = "postProgress");

        Assert.Equal([$"operationId changed: POST {Progress} was reportProgress"], changed);
    }

    [Fact]
    public void RemovedFieldIsBreaking()
    {
        var changed = Changed(d => Schema(d, "TaskResponse")["properties"]!.AsObject().Remove("dutyLine"));

        Assert.Equal(["property removed: TaskResponse.dutyLine"], changed);
    }

    [Fact]
    public void RemovedEnumValueIsBreaking()
    {
        var changed = Changed(d => Schema(d, "ProgressStatus")["enum"]!.AsArray().RemoveAt(0));

        Assert.Equal(["enum value removed: ProgressStatus \"NotStarted\""], changed);
    }

    [Fact]
    public void FieldTurnedRequiredIsBreaking()
    {
        var changed = Changed(d => Schema(d, "ReportProgress")["required"] = new JsonArray("note"));

        Assert.Equal(["property turned required: ReportProgress.note"], changed);
    }

    [Fact]
    public void ParameterTurnedRequiredIsBreaking()
    {
        var asOf = Changed(d => d["paths"]!["/api/v1/brigades/{brigadeId}/rollup"]!["get"]!["parameters"]!.AsArray()
            .OfType<JsonObject>().Single(p => p["name"]!.GetValue<string>() == "asOf")["required"] = true);

        Assert.Equal(["parameter turned required: GET /api/v1/brigades/{brigadeId}/rollup query:asOf"], asOf);
    }

    [Fact]
    public void RemovedResponseIsBreaking()
    {
        var changed = Changed(d => d["paths"]![Progress]!["post"]!["responses"]!.AsObject().Remove("422"));

        Assert.Equal([$"response removed: POST {Progress} 422"], changed);
    }

    [Fact]
    public void AdditionsBreakNothing()
    {
        var changed = Changed(d =>
        {
            d["paths"]!.AsObject()["/api/v1/new-things"] = new JsonObject { ["get"] = new JsonObject { ["operationId"] = "listNewThings" } };
            Schema(d, "TaskResponse")["properties"]!.AsObject()["colour"] = new JsonObject { ["type"] = "string" };
            Schema(d, "ProgressStatus")["enum"]!.AsArray().Add("Paused");
            d["components"]!["schemas"]!.AsObject()["NewThing"] = new JsonObject { ["type"] = "object" };
        });

        Assert.Empty(changed);
    }

    private static IReadOnlyList<string> Changed(Action<JsonObject> change)
    {
        var after = Contract.Snapshot;
        change(after);
        return ContractDiff.Breaking(Contract.Snapshot, after);
    }

    private static JsonObject Schema(JsonObject document, string name) => document["components"]!["schemas"]![name]!.AsObject();
}
