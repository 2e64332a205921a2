namespace Responsibility.Grains.Oversight;

using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Journal;

/// <summary>A 通报 as its events leave it.</summary>
[GenerateSerializer]
public sealed class BulletinState : IEventState<BulletinEvent>
{
    [Id(0)]
    public Bulletin? Current { get; set; }

    public void Apply(BulletinEvent e)
    {
        switch (e)
        {
            case BulletinDrafted drafted:
                Current = drafted.Draft with
                {
                    DraftedBy = e.Actor, DraftedAt = e.At, Number = null, IssuedOn = null, IssuedBy = null, IssuedAt = null, Version = 1,
                };
                break;
            case BulletinEdited edited:
                Current = Known() with { Title = edited.Title, Body = edited.Body, Version = Known().Version + 1 };
                break;
            case BulletinIssued issued:
                Current = Known() with
                {
                    Year = issued.Year, Number = issued.Number, IssuedOn = issued.IssuedOn, IssuedBy = e.Actor, IssuedAt = e.At,
                    Version = Known().Version + 1,
                };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown bulletin event");
        }
    }

    private Bulletin Known() => Current ?? throw new InvalidOperationException("A bulletin's first event is its draft.");
}
