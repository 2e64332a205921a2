namespace Responsibility.Grains.Reports;

using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Appraisal;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Domain.Reports;
using Responsibility.Storage.Events;

/// <summary>A draft is recomposed on every read, so it always reflects the year's latest entries and the first responsible leader's records.</summary>
public sealed class AnnualReportGrain(IEventStore events, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : Grain, IAnnualReportGrain
{
    public async Task<AnnualReport> Compose(DateOnly? asOf)
    {
        var key = this.GetPrimaryKeyString();
        var year = int.Parse(key[(key.IndexOf('/') + 1)..]);
        var context = await ReportInputs.Load(GrainFactory, events, GrainKeys.BrigadeOf(key), year, year + 1);
        var today = BrigadeClock.Today(time, context.Brigade.Settings.TimeZone);
        var endOfYear = new DateOnly(year, 12, 31);
        var day = asOf ?? (today < endOfYear ? today : endOfYear);
        var first = Array.Find(context.Brigade.Leaders, l => l.IsFirstResponsible);
        var duties = await ReportInputs.Duties(GrainFactory, context.Brigade.Id, year, day, first is null ? [] : [first.Id]);
        var oversight = await ReportInputs.Oversight(events, context.Brigade.Id);
        var report = AnnualReportComposer.Compose(context.With(duties).With(oversight), year, day, time.GetUtcNow());
        return report with { Appraisal = await AppraisalReportFigures.Read(GrainFactory, context.Brigade.Id, year, day) };
    }
}
