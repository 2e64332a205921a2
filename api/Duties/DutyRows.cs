namespace Responsibility.Api.Duties;

using FluentValidation;
using Responsibility.Api.Common;
using Responsibility.Api.Ledger;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Ledger;
using C = Responsibility.Reports.Ledger.DutyColumns;
using N = Responsibility.Reports.Ledger.LedgerNotation;

/// <summary>
/// Turns the 责任清单 sheet's rows into items of a year: each cell read in the sheet's notation, holders found by name
/// (or id) among the brigade's leaders and units, tasks by their code in the year, and each row held to the rules of an
/// item put through the API (its validator). Every problem is kept, so one answer names every bad cell.
/// </summary>
public sealed class DutyRows(IValidator<PutDutyItem> rules)
{
    /// <param name="handedDown">The ids of the year's 支队交办 items: a row of one with 责任人 empty leaves it 待分配.</param>
    public (List<(int Row, DutyItem Item)> Items, List<LedgerCellProblem> Problems) Read(
        LedgerTable table, BrigadeInfo brigade, int year, IReadOnlyCollection<TaskDefinition> tasks, IReadOnlySet<string> handedDown)
    {
        var (items, problems) = (new List<(int, DutyItem)>(), new List<LedgerCellProblem>());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in table.Rows)
        {
            var before = problems.Count;
            var cells = new LedgerCells(table, line, problems);
            var itemId = cells.Text(C.Id) ?? "";
            var request = new PutDutyItem(
                cells.Text(C.Section), cells.Text(C.Title), cells.Text(C.Requirement), cells.Read(C.DutyLine, N.ReadDutyLine),
                cells.Read(C.Cadence, DutyNotation.ReadCadence), cells.Read(C.DueDate, N.ReadDay), cells.Text(C.Evidence),
                cells.Read(C.Assignees, c => Assignees(brigade, c)) ?? (handedDown.Contains(itemId) ? NoHolders : null),
                cells.Read(C.Tasks, c => TaskIds(tasks, year, c)))
            {
                BrigadeId = brigade.Id, Year = year, ItemId = itemId,
            };
            if (problems.Count == before)
            {
                foreach (var failure in rules.Validate(request).Errors)
                {
                    var column = C.ForField(ProblemExceptionHandler.FieldName(failure.PropertyName));
                    problems.Add(LedgerRejectedException.At(table, line.Number, column, failure.ErrorMessage));
                }
            }

            if (problems.Count == before && !seen.Add(request.ItemId))
            {
                problems.Add(LedgerRejectedException.At(table, line.Number, C.Id, $"编号“{request.ItemId}”在表中重复。"));
            }

            if (problems.Count == before)
            {
                items.Add((line.Number, request.ToItem()));
            }
        }

        return (items, problems);
    }

    /// <summary>A 支队交办 item's holders while its brigade has not set them (待分配): the sheet leaves 责任人 empty.</summary>
    private static readonly DutyAssignees NoHolders = new(false, [], []);

    /// <summary>"全体班子成员、赵刚、宣传中队": every leader, and leaders and units by name or id.</summary>
    private static DutyAssignees? Assignees(BrigadeInfo brigade, object? cell)
    {
        var names = DutyNotation.ReadNames(cell);
        if (names.Length == 0)
        {
            return null;
        }

        var (leaders, units) = (new List<string>(), new List<string>());
        foreach (var name in names.Where(n => n != DutyNotation.AllLeaders))
        {
            if (Array.Find(brigade.Leaders, l => l.Name == name || l.Id == name) is { } leader)
            {
                leaders.Add(leader.Id);
            }
            else if (Array.Find(brigade.Units, u => u.Name == name || u.Id == name) is { } unit)
            {
                units.Add(unit.Id);
            }
            else
            {
                throw new LedgerCellException($"本大队班子成员和单位中没有“{name}”。");
            }
        }

        return new DutyAssignees(names.Contains(DutyNotation.AllLeaders), [.. leaders], [.. units]);
    }

    private static string[]? TaskIds(IReadOnlyCollection<TaskDefinition> tasks, int year, object? cell) =>
        [.. DutyNotation.ReadNames(cell).Select(code => tasks.FirstOrDefault(t => t.Code == code || t.Id == code)?.Id
            ?? throw new LedgerCellException($"{year} 年没有编号为“{code}”的任务。"))];
}
