namespace Responsibility.Grains.Domain;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A brigade's rollups as they stand today, kept up to date one task at a time. Each task is judged when it changes
/// (and every task once a day, when 序时进度 moves); its change moves the totals of the groups it counts in
/// (<see cref="GroupTotals"/>, exact under any number of changes), and the composed answer is kept until the next
/// change. A change and the next read cost the same for 200 tasks or 20,000.
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

    private static readonly IComparer<(string Code, string Id)> ByCode = Comparer<(string Code, string Id)>.Create((a, b) =>
        string.CompareOrdinal(a.Code, b.Code) is var byCode and not 0 ? byCode : string.CompareOrdinal(a.Id, b.Id));

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

    /// <summary>
    /// One year judged at one day: the judged tasks and each group's <see cref="GroupTotals"/>, changed by a task's
    /// change alone; indicators are summed again only for the code whose task changed.
    /// </summary>
    private sealed class YearView(Organisation organisation, int year, DateOnly day)
    {
        private readonly Dictionary<string, JudgedTask> judged = new(StringComparer.Ordinal);
        private readonly Dictionary<Group, GroupTotals> totals = [];
        private readonly Dictionary<string, SortedSet<(string Code, string Id)>> categoryCodes = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, Dictionary<string, JudgedTask>> indicatorMembers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IndicatorValue?> indicatorValues = new(StringComparer.Ordinal);
        private BrigadeRollup? composed;

        public void Put(TaskSnapshot snapshot)
        {
            var id = snapshot.Definition.Id;
            if (judged.Remove(id, out var old))
            {
                Take(old, add: false);
            }

            if (snapshot.Definition.Year == year)
            {
                var task = JudgedTask.Judge(snapshot, day, organisation.Thresholds);
                judged[id] = task;
                Take(task, add: true);
            }

            if (old is not null || snapshot.Definition.Year == year)
            {
                composed = null;
            }
        }

        public BrigadeRollup Brigade(string brigadeId)
        {
            if (composed is not null && composed.BrigadeId == brigadeId)
            {
                return composed;
            }

            // Categories in the order of their first task code, as the full composition lists them.
            var categories = categoryCodes
                .OrderBy(c => c.Value.Min.Code, StringComparer.Ordinal)
                .Select(c => new CategoryRollup(c.Key, Sum(new Group('c', c.Key))))
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
                Indicators());
        }

        public UnitRollup Unit(UnitDefinition unit) => new(unit.Id, unit.Name, Sum(new Group('u', unit.Id)));

        public LeaderRollup Leader(LeaderDefinition leader) => new(
            leader.Id, leader.Name, leader.Post, leader.IsFirstResponsible,
            Sum(new Group('l', leader.Id, DutyLine.Business)), Sum(new Group('l', leader.Id, DutyLine.Accountability)));

        public IReadOnlyList<JudgedTask> InCodeOrder() =>
            judged.Values.OrderBy(t => t.Definition.Code, StringComparer.Ordinal).ToList();

        private Rollup Sum(Group group) =>
            (totals.TryGetValue(group, out var sum) ? sum : new GroupTotals()).ToRollup(LaggingShown);

        private IndicatorValue[] Indicators() => indicatorMembers
            .Select(code => indicatorValues.TryGetValue(code.Key, out var value)
                ? value
                : indicatorValues[code.Key] = Domain.Indicators.Compute(code.Value.Values).SingleOrDefault())
            .OfType<IndicatorValue>()
            .ToArray();

        private void Take(JudgedTask task, bool add)
        {
            var definition = task.Definition;
            foreach (var group in Group.Of(definition))
            {
                var sum = totals.TryGetValue(group, out var found) ? found : totals[group] = new GroupTotals();
                if (add)
                {
                    sum.Add(task);
                }
                else
                {
                    sum.Remove(task);
                }
            }

            Index(definition.Category, (definition.Code, definition.Id), add);
            if (definition.IndicatorCode is { } code)
            {
                var members = indicatorMembers.TryGetValue(code, out var known) ? known : indicatorMembers[code] = new(StringComparer.Ordinal);
                _ = add ? members.TryAdd(definition.Id, task) : members.Remove(definition.Id);
                if (members.Count == 0)
                {
                    indicatorMembers.Remove(code);
                }

                indicatorValues.Remove(code);
            }
        }

        private void Index(string category, (string Code, string Id) task, bool add)
        {
            if (add)
            {
                (categoryCodes.TryGetValue(category, out var codes) ? codes : categoryCodes[category] = new(ByCode)).Add(task);
            }
            else if (categoryCodes.TryGetValue(category, out var codes) && codes.Remove(task) && codes.Count == 0)
            {
                categoryCodes.Remove(category);
            }
        }
    }
}
