namespace Responsibility.Api.Tests;

/// <summary>Runs alone: its seeded app prints to a console another seeded app may be capturing.</summary>
[CollectionDefinition(DemoSupervisionTests.Name, DisableParallelization = true)]
public sealed class DemoSupervisionCollection;
