namespace Responsibility.Grains.Documents;

using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Journal;
using Responsibility.Storage.Events;

/// <summary>
/// The one numbering of documents: a series per issuer, kind and year (<see cref="GrainKeys.DocumentNumbers"/>), kept in
/// the event log under the issuer's scope. The grain answers one call at a time and a number is durable before it is
/// answered, so numbers run 1, 2, 3… without a gap or a repeat; a document asking again gets its own number back.
/// </summary>
[LogConsistencyProvider(ProviderName = LogProviders.Events)]
public sealed class DocumentNumberGrain(IEventStore events, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : LoggedGrain<DocumentNumberState, DocumentNumberEvent>(events, DocumentNumberEvent.Codec), IDocumentNumberGrain
{
    private string Key => this.GetPrimaryKeyString();

    protected override string Stream => DocumentNumberEvent.Stream(Key);

    public async Task<int> Take(string documentId, string actor)
    {
        if (string.IsNullOrWhiteSpace(documentId))
        {
            throw DomainException.Invalid("documentId", "文件标识不能为空。");
        }

        if (State.Numbers.TryGetValue(documentId, out var known))
        {
            return known;
        }

        var number = State.Count + 1;
        await Raise(new NumberTaken(documentId, number) { Actor = actor, At = time.GetUtcNow() });
        return number;
    }

    public Task<int> Count() => Task.FromResult(State.Count);

    protected override string ScopeOf(DocumentNumberState state) => DocumentNumberEvent.IssuerOf(Key);
}
