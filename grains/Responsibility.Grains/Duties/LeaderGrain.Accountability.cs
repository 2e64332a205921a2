namespace Responsibility.Grains.Duties;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Domain.Appraisal;
using Responsibility.Grains.Reports;

/// <summary>
/// 述责述廉 (issue 19): the leader's yearly report, drafted from the data on its first read and kept in the leader's stream
/// with every version of its text and every step (saved, submitted, returned, accepted). The drafted figures stay as
/// drafted while the leader edits; only a redraft writes them again.
/// </summary>
public sealed partial class LeaderGrain
{
    public async Task<AccountabilityReport> GetAccountabilityReport(int year, int? version, string actor)
    {
        if (!State.AccountabilityReports.ContainsKey(year))
        {
            await Draft(year, actor);
        }

        return State.AccountabilityReports[year].Report(Holder.BrigadeId, Holder.Id, version)
            ?? throw DomainException.NotFound($"{year}年度述责述廉报告没有第{version}版。");
    }

    public async Task<AccountabilityReport> EditAccountabilityReport(int year, AccountabilityEdit edit, string actor)
    {
        var log = await Editable(year, actor);
        var integrity = Checked("integrity", edit.Integrity, AccountabilityLimits.Integrity);
        var latest = log.Latest;
        var sections = new AccountabilitySections(
            edit.Performance is { } p ? Checked("sections.performance", p, AccountabilityLimits.Section) : latest.Performance,
            edit.Problems is { } q ? Checked("sections.problems", q, AccountabilityLimits.Section) : latest.Problems,
            edit.Plans is { } n ? Checked("sections.plans", n, AccountabilityLimits.Section) : latest.Plans,
            integrity);
        if (sections == latest)
        {
            return Current(year);
        }

        var now = Time.GetUtcNow();
        await Raise(new AccountabilitySaved(year, sections) { Actor = actor, At = now });
        return Current(year);
    }

    public async Task<AccountabilityReport> RedraftAccountabilityReport(int year, string actor)
    {
        await Editable(year, actor);
        await Draft(year, actor);
        return Current(year);
    }

    public async Task<AccountabilityReport> SubmitAccountabilityReport(int year, string actor)
    {
        var log = await Editable(year, actor);
        if (string.IsNullOrWhiteSpace(log.Latest.Integrity))
        {
            throw DomainException.Invalid("integrity", "提交前须填写廉洁自律情况。");
        }

        await Raise(new AccountabilitySubmitted(year) { Actor = actor, At = Time.GetUtcNow() });
        return Current(year);
    }

    public async Task<AccountabilityReport> ReturnAccountabilityReport(int year, string note, string actor)
    {
        Submitted(year);
        var text = Checked("note", note, AccountabilityLimits.Note);
        if (text.Length == 0)
        {
            throw DomainException.Invalid("note", "退回须写明意见。");
        }

        await Raise(new AccountabilityReturned(year, text) { Actor = actor, At = Time.GetUtcNow() });
        return Current(year);
    }

    public async Task<AccountabilityReport> AcceptAccountabilityReport(int year, string actor)
    {
        Submitted(year);
        await Raise(new AccountabilityAccepted(year) { Actor = actor, At = Time.GetUtcNow() });
        return Current(year);
    }

    public Task<AccountabilityReportInfo[]> ListAccountabilityReports() => Task.FromResult(
        State.AccountabilityReports.Values.OrderByDescending(l => l.Year).Select(l => l.Info).ToArray());

    /// <summary>Writes the figures and the three drafted parts from the record as it stands today (the year's end for a past year).</summary>
    private async Task Draft(int year, string actor)
    {
        var brigade = await KnownBrigade();
        var today = BrigadeClock.Today(Time, brigade.Settings.TimeZone);
        if (year > today.Year || year < AccountabilityLimits.FirstYear)
        {
            throw DomainException.NotFound($"{year}年度尚未开始，不能起草述责述廉报告。");
        }

        var asOf = year < today.Year ? new DateOnly(year, 12, 31) : today;
        var leader = Array.Find(brigade.Leaders, l => l.Id == Holder.Id)!;
        var context = await ReportInputs.LoadNamingPeople(GrainFactory, Events, Holder.BrigadeId, actor, year, year + 1);
        var pledges = await GrainFactory.GetGrain<IDutyListGrain>(GrainKeys.DutyList(Holder.BrigadeId, year)).GetPledges();
        var duties = new Domain.Reports.DutyInputs(
            new Dictionary<string, (DutySheet, DutyRecord[])> { [Holder.Id] = (await GetDuties(year, asOf), await GetRecords(year)) },
            pledges);
        var oversight = await ReportInputs.Oversight(Events, Holder.BrigadeId);
        var (figures, sections) = AccountabilityDrafts.Compose(context.With(duties).With(oversight), leader, year, asOf);
        await Raise(new AccountabilityDrafted(year, leader.Name, leader.Post, asOf, figures, sections) { Actor = actor, At = Time.GetUtcNow() });
    }

    /// <summary>The report of the year while the leader may change it: drafted (on first use) or returned.</summary>
    private async Task<AccountabilityLog> Editable(int year, string actor)
    {
        if (!State.AccountabilityReports.ContainsKey(year))
        {
            await Draft(year, actor);
        }

        var log = State.AccountabilityReports[year];
        return log.State switch
        {
            AccountabilityState.Submitted => throw DomainException.Conflict("述责述廉报告已提交，待审核期间不能修改。"),
            AccountabilityState.Accepted => throw DomainException.Conflict("述责述廉报告已审核通过，不能再修改。"),
            _ => log,
        };
    }

    private void Submitted(int year)
    {
        if (State.AccountabilityReports.GetValueOrDefault(year) is not { } log)
        {
            throw DomainException.NotFound($"{year}年度述责述廉报告尚未起草。");
        }

        if (log.State != AccountabilityState.Submitted)
        {
            throw DomainException.Conflict("只能退回或审核通过已提交的述责述廉报告。");
        }
    }

    private AccountabilityReport Current(int year) => State.AccountabilityReports[year].Report(Holder.BrigadeId, Holder.Id, null)!;

    /// <summary>Text as kept: trimmed, line breaks as "\n", no other control characters, within <paramref name="max"/>.</summary>
    private static string Checked(string field, string? text, int max)
    {
        var clean = (text ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Trim();
        if (clean.Length > max)
        {
            throw DomainException.Invalid(field, $"不能超过 {max} 个字符。");
        }

        if (clean.Any(c => char.IsControl(c) && c != '\n' && c != '\t'))
        {
            throw DomainException.Invalid(field, "不能包含控制字符。");
        }

        return clean;
    }
}
