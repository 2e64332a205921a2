namespace Responsibility.Grains.Oversight;

using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Journal;

/// <summary>A 通报: drafted, edited while a draft, issued under its number once.</summary>
[GenerateSerializer]
public abstract record BulletinEvent : JournalEvent
{
    public static readonly EventCodec<BulletinEvent> Codec = new(new Dictionary<string, Type>
    {
        ["BulletinDrafted"] = typeof(BulletinDrafted),
        ["BulletinEdited"] = typeof(BulletinEdited),
        ["BulletinIssued"] = typeof(BulletinIssued),
    });

    public static string Stream(string bulletinId) => "bulletin/" + bulletinId;
}

/// <summary>The draft as written from the data: the record with no number yet.</summary>
[GenerateSerializer, Alias("Responsibility.BulletinDrafted")]
public sealed record BulletinDrafted(Bulletin Draft) : BulletinEvent;

[GenerateSerializer, Alias("Responsibility.BulletinEdited")]
public sealed record BulletinEdited(string Title, string Body) : BulletinEvent;

/// <summary>Issued under <see cref="Number"/> of <see cref="Year"/>'s series, dated <see cref="IssuedOn"/>, as titled then.</summary>
[GenerateSerializer, Alias("Responsibility.BulletinIssued")]
public sealed record BulletinIssued(int Year, int Number, DateOnly IssuedOn, string Title) : BulletinEvent;
