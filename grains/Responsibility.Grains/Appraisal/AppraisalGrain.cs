namespace Responsibility.Grains.Appraisal;

using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Domain.Appraisal;
using Responsibility.Grains.Journal;
using Responsibility.Storage.Events;

/// <summary>
/// A brigade's 考核 of one year is its event stream: the scheme, each subject's 自评分 and 考核组评分 per period, the locks
/// with the automatic lines they froze, and the adjustments after them. Scores are never kept: every read combines these
/// with the automatic points the rules count from the log (or the frozen ones once a period is locked).
/// </summary>
[LogConsistencyProvider(ProviderName = LogProviders.Events)]
public sealed class AppraisalGrain(IEventStore events, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : LoggedGrain<AppraisalState, AppraisalEvent>(events, AppraisalEvent.Codec), IAppraisalGrain
{
    private readonly IEventStore log = events;

    private string BrigadeId => GrainKeys.BrigadeOf(this.GetPrimaryKeyString());

    private int Year
    {
        get
        {
            var key = this.GetPrimaryKeyString();
            return int.Parse(key[(key.IndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        }
    }

    private AppraisalScheme Scheme => State.Scheme ?? AppraisalScheme.Empty(BrigadeId, Year);

    protected override string Stream => AppraisalEvent.Stream(BrigadeId, Year);

    public Task<AppraisalScheme> GetScheme() => Task.FromResult(Scheme);

    public Task<string[]> GetLockedPeriods() => Task.FromResult(State.Locks.Select(l => l.Period).ToArray());

    public async Task<AppraisalScheme> PutScheme(AppraisalPeriodKind period, GradeThresholds grades, AppraisalIndicator[] indicators, string actor)
    {
        var kept = AppraisalRules.CheckScheme(period, grades, indicators);
        if (State.Locks.Count > 0)
        {
            throw DomainException.Conflict($"{Year} 年已有考核期锁定，方案不能再改；更正请用调整分。");
        }

        var before = State.Scheme;
        if (before is not null && before.Period == period && before.Grades == grades
            && EventCodec<AppraisalEvent>.Serialize(before.Indicators) == EventCodec<AppraisalEvent>.Serialize(kept))
        {
            return before;
        }

        var now = time.GetUtcNow();
        var scheme = new AppraisalScheme(BrigadeId, Year, period, grades, kept, (before?.Version ?? 0) + 1, actor, now);
        await Raise(new AppraisalSchemeSaved(before, scheme) { Actor = actor, At = now });
        return scheme;
    }

    public async Task<AppraisalScheme> CopyFrom(int fromYear, string actor)
    {
        if (State.Scheme is { Indicators.Length: > 0 })
        {
            throw DomainException.Conflict($"{Year} 年已有考核方案，不能再复制；可直接修改。");
        }

        if (fromYear == Year)
        {
            throw DomainException.Invalid("from", "不能从同一年复制。");
        }

        var source = await GrainFactory.GetGrain<IAppraisalGrain>(GrainKeys.Appraisal(BrigadeId, fromYear)).GetScheme();
        if (source.Indicators.Length == 0)
        {
            throw DomainException.Invalid("from", $"{fromYear} 年没有考核方案可复制。");
        }

        var now = time.GetUtcNow();
        var scheme = source with { Year = Year, Version = (State.Scheme?.Version ?? 0) + 1, UpdatedBy = actor, UpdatedAt = now };
        await Raise(new AppraisalSchemeCopied(fromYear, scheme) { Actor = actor, At = now });
        return scheme;
    }

    public async Task<AppraisalScores> GetScores(string period, DutyHolderKind subjects, DateOnly? asOf)
    {
        var scheme = Scheme;
        var parsed = AppraisalRules.Period(scheme, period);
        if (!Enum.IsDefined(subjects))
        {
            throw DomainException.Invalid("subjects", "考核对象须为 Units 或 Leaders。");
        }

        var info = await Info();
        var today = BrigadeClock.Today(time, info.Settings.TimeZone);
        var day = asOf is { } asked && asked < today ? asked : today;
        return await Scores(scheme, parsed, subjects, info, day);
    }

    public async Task<SubjectScore> PutSelf(string period, DutyHolder subject, SelfScore[] lines, string actor)
    {
        var (scheme, parsed, info) = await Open(period, subject);
        var kept = AppraisalRules.CheckSelf(scheme, subject.Kind, lines);
        await Raise(new AppraisalSelfEntered(parsed.Key, subject, kept) { Actor = actor, At = time.GetUtcNow() });
        return await One(scheme, parsed, subject, info);
    }

    public async Task<SubjectScore> PutReview(string period, DutyHolder subject, ReviewScore[] lines, string actor)
    {
        var (scheme, parsed, info) = await Open(period, subject);
        var automatic = await Automatic(scheme, parsed, subject.Kind, parsed.End);
        var self = State.Selves.Find(s => s.Period == parsed.Key && s.Kind == subject.Kind && s.SubjectId == subject.Id);
        var kept = AppraisalRules.CheckReview(scheme, subject.Kind, lines, self, automatic.GetValueOrDefault(subject.Id) ?? []);
        await Raise(new AppraisalReviewEntered(parsed.Key, subject, kept) { Actor = actor, At = time.GetUtcNow() });
        return await One(scheme, parsed, subject, info);
    }

    public async Task<AppraisalScores> Lock(string period, string actor, string? idempotencyKey = null)
    {
        var scheme = Scheme;
        var parsed = AppraisalRules.Period(scheme, period);
        var info = await Info();
        if (idempotencyKey is not null && State.Locks.Find(l => l.Period == parsed.Key) is { } done && done.Key == idempotencyKey)
        {
            return await Scores(scheme, parsed, DutyHolderKind.Unit, info, BrigadeClock.Today(time, info.Settings.TimeZone));
        }

        Ended(parsed, info);
        if (scheme.Indicators.Length == 0)
        {
            throw DomainException.Conflict($"{Year} 年尚无考核方案，无可锁定。");
        }

        var units = await Automatic(scheme, parsed, DutyHolderKind.Unit, parsed.End);
        var leaders = await Automatic(scheme, parsed, DutyHolderKind.Leader, parsed.End);
        var frozen = Frozen(DutyHolderKind.Unit, units).Concat(Frozen(DutyHolderKind.Leader, leaders)).ToArray();
        await Raise(new AppraisalPeriodLocked(parsed.Key, frozen, idempotencyKey) { Actor = actor, At = time.GetUtcNow() });
        return await Scores(scheme, parsed, DutyHolderKind.Unit, info, BrigadeClock.Today(time, info.Settings.TimeZone));
    }

    public async Task<ScoreAdjustment> Adjust(
        string period, DutyHolder subject, string indicator, decimal points, string reason, string actor, string? idempotencyKey = null)
    {
        var scheme = Scheme;
        var parsed = AppraisalRules.Period(scheme, period);
        await Subject(subject);
        if (idempotencyKey is not null && State.AdjustmentKeys.TryGetValue(idempotencyKey, out var firstId))
        {
            var first = State.Adjustments.Find(a => a.Id == firstId)!;
            return first.Period == parsed.Key && first.Subject == subject && first.Indicator == indicator && first.Points == points
                && first.Reason == reason?.Trim() && first.By == actor
                ? first
                : throw new DomainException(ErrorKind.Unprocessable, "该 Idempotency-Key 已用于另一项调整。", "Idempotency-Key");
        }

        if (!State.Locks.Exists(l => l.Period == parsed.Key))
        {
            throw DomainException.Conflict($"{AppraisalTextOf(parsed)}尚未锁定：锁定前请直接修改考核组评分。");
        }

        var (found, why) = AppraisalRules.CheckAdjustment(scheme, subject.Kind, indicator, points, reason);
        var now = time.GetUtcNow();
        var adjustment = new ScoreAdjustment(
            $"{parsed.Key}-{State.Adjustments.Count + 1}", parsed.Key, subject, found.Code, points, why, actor, now);
        await Raise(new AppraisalAdjusted(adjustment, idempotencyKey) { Actor = actor, At = now });
        return adjustment;
    }

    protected override string ScopeOf(AppraisalState state) => BrigadeId;

    private static string AppraisalTextOf(AppraisalPeriod period) => Abstractions.Text.AppraisalText.PeriodName(period);

    private static IEnumerable<FrozenLine> Frozen(DutyHolderKind kind, IReadOnlyDictionary<string, AutomaticLine[]> lines) =>
        lines.SelectMany(s => s.Value.Select(l => new FrozenLine(kind, s.Key, l.Indicator, l.Points, l.Causes)));

    /// <summary>The scheme, the period and the brigade for an entry: the subject known, the period ended and not locked.</summary>
    private async Task<(AppraisalScheme, AppraisalPeriod, BrigadeInfo)> Open(string period, DutyHolder subject)
    {
        var scheme = Scheme;
        var parsed = AppraisalRules.Period(scheme, period);
        var info = await Subject(subject);
        Ended(parsed, info);
        return (scheme, parsed, info);
    }

    private void Ended(AppraisalPeriod period, BrigadeInfo info)
    {
        if (BrigadeClock.Today(time, info.Settings.TimeZone) <= period.End)
        {
            throw DomainException.Conflict($"{AppraisalTextOf(period)}至 {period.End:yyyy-MM-dd} 结束，结束后才能评分和锁定。");
        }

        if (State.Locks.Exists(l => l.Period == period.Key))
        {
            throw DomainException.Conflict($"{AppraisalTextOf(period)}已锁定，不能再评分；更正请用调整分。");
        }
    }

    private async Task<BrigadeInfo> Subject(DutyHolder subject)
    {
        var info = await Info();
        var known = subject.BrigadeId == BrigadeId && (subject.Kind == DutyHolderKind.Unit
            ? Array.Exists(info.Units, u => u.Id == subject.Id)
            : Array.Exists(info.Leaders, l => l.Id == subject.Id));
        return known ? info : throw DomainException.NotFound(subject.Kind == DutyHolderKind.Unit ? $"单位 {subject.Id} 不存在。" : $"班子成员 {subject.Id} 不存在。");
    }

    private Task<BrigadeInfo> Info() => GrainFactory.GetGrain<IBrigadeGrain>(BrigadeId).GetInfo();

    private async Task<SubjectScore> One(AppraisalScheme scheme, AppraisalPeriod period, DutyHolder subject, BrigadeInfo info)
    {
        var scores = await Scores(scheme, period, subject.Kind, info, BrigadeClock.Today(time, info.Settings.TimeZone));
        return Array.Find(scores.Scores, s => s.Subject.Id == subject.Id)!;
    }

    private async Task<AppraisalScores> Scores(AppraisalScheme scheme, AppraisalPeriod period, DutyHolderKind kind, BrigadeInfo info, DateOnly asOf)
    {
        var locked = State.Locks.Find(l => l.Period == period.Key);
        var automatic = locked is not null
            ? locked.Lines.Where(l => l.Kind == kind).GroupBy(l => l.SubjectId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(l => new AutomaticLine(l.Indicator, l.Points, l.Causes)).ToArray(), StringComparer.Ordinal)
            : await Automatic(scheme, period, kind, asOf < period.End ? asOf : period.End);
        ScoreSubject[] subjects = kind == DutyHolderKind.Unit
            ? [.. info.Units.Select(u => new ScoreSubject(kind, u.Id, u.Name))]
            : [.. info.Leaders.Select(l => new ScoreSubject(kind, l.Id, l.Name))];
        var scores = AppraisalRules.Combine(scheme, period.Key, subjects, automatic, State.Selves, State.Reviews, State.Adjustments);
        return new AppraisalScores(BrigadeId, period.Key, kind, asOf, locked is not null, locked?.By, locked?.At, scores);
    }

    /// <summary>The automatic lines of every subject of a kind counted up to <paramref name="asOf"/> (never past the period's end).</summary>
    private async Task<IReadOnlyDictionary<string, AutomaticLine[]>> Automatic(AppraisalScheme scheme, AppraisalPeriod period, DutyHolderKind kind, DateOnly asOf)
    {
        if (!scheme.Scoring(kind).Any(i => i.IsAutomatic))
        {
            return new Dictionary<string, AutomaticLine[]>(StringComparer.Ordinal);
        }

        var day = asOf < period.End ? asOf : period.End;
        var inputs = await AppraisalInputs.Load(GrainFactory, log, BrigadeId, Year, day);
        return AutomaticPoints.Count(scheme, period, kind, inputs, day);
    }
}
