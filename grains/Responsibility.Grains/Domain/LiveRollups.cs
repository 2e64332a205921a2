namespace Responsibility.Grains.Domain;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A brigade's rollups as they stand today, kept up to date one task at a time. Each task is judged when it changes
/// (and every task once a day, when 序时进度 moves); a group's rollup is summed again only after one of its tasks
/// changed, and the composed answer is kept until the next change. Sums are recomputed, never adjusted, so they are
/// what a full recomputation gives (to the last bit of rounding: the order of summing may differ) and never drift.
/// </summary>
public sealed class LiveRollups
{
    /// <summary>A live rollup lists this many of its most lagging tasks; its counts still cover all of them.</summary>
    public const int LaggingShown = 20;

    private readonly Dictionary<string, TaskSnapshot> tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> byIndicator = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Year, DateOnly Day), YearView> views = [];
    private Organisation organisation = new([], [], StatusThresholds.Default);

    public IReadOnlyCollection<TaskSnapshot> Tasks => tasks.Values;

    /// <summary>Units, leaders or thresholds changed: every view is composed afresh.</summary>
    public void Reorganise(IReadOnlyList<UnitDefinition> units, IReadOnlyList<LeaderDefinition> leaders, StatusThresholds thresholds)
    {
        organisation = new Organisation([.. units], [.. leaders], thresholds);
        views.Clear();
    }

    /// <summary>A task's latest measure; an older version than the one held is ignored.</summary>
    public void Upsert(TaskSnapshot snapshot)
    {
        var id = snapshot.Definition.Id;
        if (tasks.TryGetValue(id, out var known))
        {
            if (known.Version > snapshot.Version)
            {
                return;
            }

            Index(known, add: false);
        }

        tasks[id] = snapshot;
        Index(snapshot, add: true);
        foreach (var (key, view) in views)
        {
            view.Put(snapshot);
        }
    }

    public TaskSnapshot? Find(string taskId) => tasks.GetValueOrDefault(taskId);

    /// <summary>The kind of the tasks already sharing an indicator code, if any.</summary>
    public MetricKind? IndicatorKind(string code) =>
        byIndicator.TryGetValue(code, out var ids) && ids.Count > 0 ? tasks[ids.First()].Definition.Metric.Kind : null;

    public BrigadeRollup Brigade(string brigadeId, int year, DateOnly day) => View(year, day).Brigade(brigadeId);

    public UnitRollup Unit(UnitDefinition unit, int year, DateOnly day) => View(year, day).Unit(unit);

    public LeaderRollup Leader(LeaderDefinition leader, int year, DateOnly day) => View(year, day).Leader(leader);

    /// <summary>The year's tasks judged at <paramref name="day"/>, in code order.</summary>
    public IReadOnlyList<JudgedTask> Judged(int year, DateOnly day) => View(year, day).InCodeOrder();

    private YearView View(int year, DateOnly day)
    {
        if (views.TryGetValue((year, day), out var view))
        {
            return view;
        }

        // Yesterday's views are stale the moment the day turns (序时进度 moved for every task); a few at most are kept.
        foreach (var stale in views.Keys.Where(k => k.Day < day || views.Count >= 4).ToList())
        {
            views.Remove(stale);
        }

        view = new YearView(organisation, year, day);
        foreach (var snapshot in tasks.Values)
        {
            view.Put(snapshot);
        }

        return views[(year, day)] = view;
    }

    private void Index(TaskSnapshot snapshot, bool add)
    {
        if (snapshot.Definition.IndicatorCode is not { } code)
        {
            return;
        }

        if (add)
        {
            (byIndicator.TryGetValue(code, out var ids) ? ids : byIndicator[code] = new(StringComparer.Ordinal)).Add(snapshot.Definition.Id);
        }
        else if (byIndicator.TryGetValue(code, out var ids))
        {
            ids.Remove(snapshot.Definition.Id);
        }
    }

    private sealed record Organisation(UnitDefinition[] Units, LeaderDefinition[] Leaders, StatusThresholds Thresholds);

    /// <summary>The groups a task counts in.</summary>
    private readonly record struct Group(char Kind, string Key, DutyLine Line = DutyLine.Business)
    {
        public static readonly Group All = new('*', "");

        public static IEnumerable<Group> Of(TaskDefinition d) =>
        [
            All, new('u', d.UnitId), new('l', d.LeaderId, d.DutyLine), new('c', d.Category), new('d', "", d.DutyLine),
        ];
    }

    /// <summary>One year judged at one day: the judged tasks, each group's members and its last sum.</summary>
    private sealed class YearView(Organisation organisation, int year, DateOnly day)
    {
        private readonly Dictionary<string, JudgedTask> judged = new(StringComparer.Ordinal);
        private readonly Dictionary<Group, HashSet<string>> members = [];
        private readonly Dictionary<Group, Rollup> sums = [];
        private BrigadeRollup? composed;
        private IndicatorValue[]? indicators;

        public void Put(TaskSnapshot snapshot)
        {
            var id = snapshot.Definition.Id;
            if (judged.Remove(id, out var old))
            {
                Touch(old.Definition, id, add: false);
            }

            if (snapshot.Definition.Year == year)
            {
                judged[id] = JudgedTask.Judge(snapshot, day, organisation.Thresholds);
                Touch(snapshot.Definition, id, add: true);
            }

            if (old is not null || snapshot.Definition.Year == year)
            {
                composed = null;
                indicators = null;
            }
        }

        public BrigadeRollup Brigade(string brigadeId)
        {
            if (composed is not null && composed.BrigadeId == brigadeId)
            {
                return composed;
            }

            var categories = members
                .Where(m => m.Key.Kind == 'c' && m.Value.Count > 0)
                .OrderBy(m => m.Value.Min(id => judged[id].Definition.Code), StringComparer.Ordinal)
                .Select(m => new CategoryRollup(m.Key.Key, Sum(m.Key)))
                .ToArray();
            return composed = new BrigadeRollup(
                brigadeId,
                year,
                day,
                Sum(Group.All),
                organisation.Units.Select(Unit).ToArray(),
                organisation.Leaders.Select(Leader).ToArray(),
                categories,
                Enum.GetValues<DutyLine>().Select(line => new DutyLineRollup(line, Sum(new Group('d', "", line)))).ToArray(),
                indicators ??= Indicators.Compute(judged.Values.Where(t => t.Definition.IndicatorCode is not null)));
        }

        public UnitRollup Unit(UnitDefinition unit) => new(unit.Id, unit.Name, Sum(new Group('u', unit.Id)));

        public LeaderRollup Leader(LeaderDefinition leader) => new(
            leader.Id, leader.Name, leader.Post, leader.IsFirstResponsible,
            Sum(new Group('l', leader.Id, DutyLine.Business)), Sum(new Group('l', leader.Id, DutyLine.Accountability)));

        public IReadOnlyList<JudgedTask> InCodeOrder() =>
            judged.Values.OrderBy(t => t.Definition.Code, StringComparer.Ordinal).ToList();

        private Rollup Sum(Group group)
        {
            if (sums.TryGetValue(group, out var sum))
            {
                return sum;
            }

            var tasks = members.TryGetValue(group, out var ids) ? ids.Select(id => judged[id]).ToList() : [];
            return sums[group] = Rollups.Summarize(tasks, LaggingShown);
        }

        private void Touch(TaskDefinition definition, string id, bool add)
        {
            foreach (var group in Group.Of(definition))
            {
                sums.Remove(group);
                if (add)
                {
                    (members.TryGetValue(group, out var ids) ? ids : members[group] = new(StringComparer.Ordinal)).Add(id);
                }
                else if (members.TryGetValue(group, out var ids))
                {
                    ids.Remove(id);
                }
            }
        }
    }
}
