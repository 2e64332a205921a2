namespace Responsibility.Grains.Detachments;

using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Oversight;
using Responsibility.Storage.Events;

/// <summary>
/// The detachment's 通报 (issue 20): kept by the one bulletin grain (drafted, edited, numbered, frozen), listed here from
/// their streams in the detachment's scope, replayed on first use and kept current as each changes.
/// </summary>
public sealed partial class DetachmentGrain
{
    private Dictionary<string, Bulletin>? bulletins;

    public async Task OnBulletinChanged(Bulletin bulletin)
    {
        var all = await Bulletins();
        if (!all.TryGetValue(bulletin.Id, out var held) || held.Version <= bulletin.Version)
        {
            all[bulletin.Id] = bulletin;
        }
    }

    public async Task<Bulletin[]> ListBulletins(int? year) => [.. (await Bulletins()).Values
        .Where(b => year is null || b.Year == year)
        .OrderBy(b => b.Number is null).ThenBy(b => b.Year).ThenBy(b => b.Number).ThenByDescending(b => b.DraftedAt)];

    private async Task<Dictionary<string, Bulletin>> Bulletins()
    {
        if (bulletins is null)
        {
            var store = ServiceProvider.GetRequiredService<IEventStore>();
            bulletins = (await OversightLog.Bulletins(store, DetachmentEvent.Stream(Id))).ToDictionary(b => b.Id, StringComparer.Ordinal);
        }

        return bulletins;
    }
}
