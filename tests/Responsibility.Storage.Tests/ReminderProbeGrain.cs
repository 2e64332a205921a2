using Orleans;
using Orleans.Runtime;

namespace Responsibility.Storage.Tests;

public sealed class ReminderProbeGrain : Grain, IReminderProbeGrain, IRemindable
{
    public const string ReminderName = "probe";

    private int _ticks;

    public Task Register(TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, period, period);

    public Task<int> Ticks() => Task.FromResult(_ticks);

    public async Task<bool> IsRegistered() => await this.GetReminder(ReminderName) is not null;

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _ticks++;
        return Task.CompletedTask;
    }
}
