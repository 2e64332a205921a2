namespace Responsibility.Grains.Detachments;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;

/// <summary>One version of a detachment's 月度调度通报 in grain state, written once (the brigades' reports do the same).</summary>
public sealed class DetachmentReportVersionGrain(
    [PersistentState("detachmentReportVersion", StorageNames.Main)] IPersistentState<DetachmentReportVersionState> state)
    : Grain, IDetachmentReportVersionGrain
{
    public async Task Store(DetachmentReport report)
    {
        if (state.State.Report is not null)
        {
            throw DomainException.Conflict("该版本调度通报已存在，不能覆盖。");
        }

        state.State.Report = report;
        await state.WriteStateAsync();
    }

    public Task<DetachmentReport?> Get() => Task.FromResult(state.State.Report);
}

[GenerateSerializer]
public sealed class DetachmentReportVersionState
{
    [Id(0)]
    public DetachmentReport? Report { get; set; }
}
