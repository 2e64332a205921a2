namespace Responsibility.Grains.Oversight;

using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Journal;

/// <summary>What happens to a 延期申请: asked, then granted or refused, once. Its stream is <c>extension/{id}</c>.</summary>
[GenerateSerializer]
public abstract record ExtensionEvent : JournalEvent
{
    public static readonly EventCodec<ExtensionEvent> Codec = new(new Dictionary<string, Type>
    {
        ["ExtensionRequested"] = typeof(ExtensionRequested),
        ["ExtensionGranted"] = typeof(ExtensionGranted),
        ["ExtensionRefused"] = typeof(ExtensionRefused),
    });

    public static string Stream(string extensionId) => "extension/" + extensionId;
}

/// <summary>The request as filed, undecided (<see cref="ExtensionRequest.Decision"/> null).</summary>
[GenerateSerializer, Alias("Responsibility.ExtensionRequested")]
public sealed record ExtensionRequested(ExtensionRequest Request) : ExtensionEvent;

[GenerateSerializer, Alias("Responsibility.ExtensionGranted")]
public sealed record ExtensionGranted(DateOnly GrantedDue, string? Note) : ExtensionEvent;

[GenerateSerializer, Alias("Responsibility.ExtensionRefused")]
public sealed record ExtensionRefused(string Reason) : ExtensionEvent;
