namespace Responsibility.Grains.Documents;

using Responsibility.Grains.Journal;

/// <summary>A series of document numbers (文号, 第N期) of one issuer and year: each number given, to which document.</summary>
[GenerateSerializer]
public abstract record DocumentNumberEvent : JournalEvent
{
    public static readonly EventCodec<DocumentNumberEvent> Codec = new(new Dictionary<string, Type>
    {
        ["NumberTaken"] = typeof(NumberTaken),
    });

    /// <summary>"numbers/{issuer}/{series}/{year}": the key of <see cref="Abstractions.GrainKeys.DocumentNumbers"/>.</summary>
    public static string Stream(string key) => "numbers/" + key;

    /// <summary>The issuer of a series key "{issuer}/{series}/{year}": everything before the last two parts.</summary>
    public static string IssuerOf(string key)
    {
        var year = key.LastIndexOf('/');
        var series = year > 0 ? key.LastIndexOf('/', year - 1) : -1;
        return series > 0 ? key[..series] : throw new ArgumentException($"'{key}' is not a document number series key.", nameof(key));
    }
}

[GenerateSerializer, Alias("Responsibility.NumberTaken")]
public sealed record NumberTaken(string DocumentId, int Number) : DocumentNumberEvent;
