namespace Responsibility.Grains.Abstractions.Ledger;

/// <summary>What an import did: nothing at all when <see cref="Problems"/> has any; else tasks created, changed and left as they were.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.LedgerImportResult")]
public sealed record LedgerImportResult(int Created, int Updated, int Unchanged, LedgerProblem[] Problems);
