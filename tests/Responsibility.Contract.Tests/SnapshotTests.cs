namespace Responsibility.Contract.Tests;

using System.Text.Json.Nodes;

/// <summary>
/// The served document against the committed snapshot (contracts/openapi.v1.json): nothing a generated client relies
/// on may go, and anything added is committed with the change that adds it. To accept a change, run
/// <c>UPDATE_OPENAPI_SNAPSHOT=1 dotnet test tests/Responsibility.Contract.Tests</c> and commit the snapshot.
/// </summary>
[Collection(ServedApiCollection.Name)]
public sealed class SnapshotTests(ServedApi api)
{
    [Fact]
    public void ServedDocumentBreaksNothingInTheSnapshot()
    {
        var breaking = ContractDiff.Breaking(Contract.Snapshot, api.Document);

        Assert.True(breaking.Count == 0,
            "The served OpenAPI document breaks clients generated from contracts/openapi.v1.json:\n  " + string.Join("\n  ", breaking));
    }

    [Fact]
    public void ServedDocumentIsTheCommittedSnapshot()
    {
        if (Environment.GetEnvironmentVariable(Contract.UpdateVariable) == "1")
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"{Contract.UpdateVariable} is for a developer's machine, not CI.");
            Contract.WriteSnapshot(api.Document);
        }

        Assert.True(JsonNode.DeepEquals(Contract.Snapshot, api.Document),
            "The served OpenAPI document differs from contracts/openapi.v1.json. If the change is intended, run " +
            $"{Contract.UpdateVariable}=1 dotnet test tests/Responsibility.Contract.Tests and commit the snapshot with it.");
    }
}
