namespace Responsibility.Grains.Documents;

using Responsibility.Grains.Journal;

/// <summary>A number series as its events leave it: which document has which number.</summary>
[GenerateSerializer]
public sealed class DocumentNumberState : IEventState<DocumentNumberEvent>
{
    [Id(0)]
    public string Issuer { get; set; } = "";

    [Id(1)]
    public Dictionary<string, int> Numbers { get; set; } = new(StringComparer.Ordinal);

    public int Count => Numbers.Count;

    public void Apply(DocumentNumberEvent e)
    {
        switch (e)
        {
            case NumberTaken taken:
                Numbers[taken.DocumentId] = taken.Number;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown document number event");
        }
    }
}
