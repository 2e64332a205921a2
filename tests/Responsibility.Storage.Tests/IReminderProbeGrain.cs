using Orleans;

namespace Responsibility.Storage.Tests;

public interface IReminderProbeGrain : IGrainWithStringKey
{
    Task Register(TimeSpan period);

    /// <summary>Reminder ticks this activation received.</summary>
    Task<int> Ticks();

    Task<bool> IsRegistered();
}
