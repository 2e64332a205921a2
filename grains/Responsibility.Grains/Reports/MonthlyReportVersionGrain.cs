namespace Responsibility.Grains.Reports;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Reports;

public sealed class MonthlyReportVersionGrain(
    [PersistentState("monthlyReportVersion", StorageNames.Main)] IPersistentState<MonthlyReportVersionState> state)
    : Grain, IMonthlyReportVersionGrain
{
    public async Task Store(MonthlyReport report)
    {
        if (state.State.Report is not null)
        {
            throw DomainException.Conflict("该版本报告已存在，不能覆盖。");
        }

        state.State.Report = report;
        await state.WriteStateAsync();
    }

    public Task<MonthlyReport?> Get() => Task.FromResult(state.State.Report);
}
