namespace Responsibility.Storage;

using System.Diagnostics;

/// <summary>Spans for the writes a request waits on (an event append, a grain-state write), inside the request's trace.</summary>
public static class StorageTelemetry
{
    public const string SourceName = "Responsibility.Storage";

    public static readonly ActivitySource Source = new(SourceName);
}
