namespace Responsibility.Grains.Abstractions.Ledger;

/// <summary>Why a row of the 台账 cannot be taken: its sheet row and the request field at fault (the api names the column).</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.LedgerProblem")]
public sealed record LedgerProblem(int Row, string Field, string Message);
