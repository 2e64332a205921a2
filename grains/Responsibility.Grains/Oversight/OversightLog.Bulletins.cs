namespace Responsibility.Grains.Oversight;

using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Storage.Events;

public static partial class OversightLog
{
    // Placeholder until the bulletins are kept in the log.
    public static Task<IReadOnlyList<Bulletin>> Bulletins(IEventStore events, string brigadeId) =>
        Task.FromResult<IReadOnlyList<Bulletin>>([]);
}
