namespace Responsibility.Grains.Abstractions;

/// <summary>
/// The one way a document gets its number (文号, 第N期): a series per issuer and year, keyed by
/// <see cref="GrainKeys.DocumentNumbers"/>. Numbers are taken in order, durably, one per document: the same document asking
/// again gets the number it had, so a retried issue leaves no gap and no duplicate.
/// </summary>
public interface IDocumentNumberGrain : IGrainWithStringKey
{
    /// <summary>The document's number in the series: the one it has, or the next one.</summary>
    Task<int> Take(string documentId, string actor);

    /// <summary>How many numbers the series has given.</summary>
    Task<int> Count();
}
