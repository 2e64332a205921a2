namespace Responsibility.Grains.Appraisal;

using Responsibility.Grains.Domain.Appraisal;
using Responsibility.Grains.Domain.Reports;
using Responsibility.Grains.Reports;
using Responsibility.Storage.Events;

/// <summary>Reads what the automatic rules count, the tasks and 督责 straight from the log (as a report does).</summary>
internal static class AppraisalInputs
{
    /// <summary>Placeholder until the loader lands: organisation and tasks only.</summary>
    public static async Task<ScoringInputs> Load(IGrainFactory grains, IEventStore events, string brigadeId, int year, DateOnly asOf)
    {
        var context = await ReportInputs.Load(grains, events, brigadeId, year);
        return new ScoringInputs(context.Brigade, context.Tasks, [], OversightInputs.None, new Dictionary<Abstractions.Duties.DutyHolder, Abstractions.Duties.DutySheet>(), []);
    }
}
