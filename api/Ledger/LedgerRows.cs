namespace Responsibility.Api.Ledger;

using FluentValidation;
using Responsibility.Api.Common;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Ledger;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Ledger;
using N = Responsibility.Reports.Ledger.LedgerNotation;

/// <summary>
/// Turns a sheet's rows into tasks the ledger grain can plan: each cell read in the sheet's notation, units and leaders
/// found by name (or id), and each row held to the same rules as a task created through the API (its validator).
/// Every problem is kept, so one answer names every bad cell.
/// </summary>
public sealed class LedgerRows(IValidator<CreateTask> rules)
{
    public (List<LedgerRow> Rows, List<LedgerCellProblem> Problems) Read(LedgerTable table, BrigadeInfo brigade)
    {
        var (rows, problems) = (new List<LedgerRow>(), new List<LedgerCellProblem>());
        foreach (var line in table.Rows)
        {
            var before = problems.Count;
            var cells = new LedgerCells(table, line, problems);
            var kind = cells.Read(LedgerColumns.Kind, N.ReadKind);
            var (target, direction) = kind switch
            {
                MetricKind.Rate => cells.Read(LedgerColumns.Target, N.ReadRateTarget),
                MetricKind.Count => (cells.Read(LedgerColumns.Target, N.ReadNumber), null),
                _ => (null, null),
            };
            var request = new CreateTask(
                Year(cells), cells.Text(LedgerColumns.Code), cells.Text(LedgerColumns.Title), cells.Text(LedgerColumns.Category),
                cells.Read(LedgerColumns.Unit, c => Unit(brigade, c)), cells.Read(LedgerColumns.Leader, c => Leader(brigade, c)),
                cells.Read(LedgerColumns.DutyLine, N.ReadDutyLine),
                new MetricBody(kind, target, cells.Given(LedgerColumns.UnitLabel) ? cells.Text(LedgerColumns.UnitLabel) ?? "" : null, direction,
                    cells.Read(LedgerColumns.Stages, N.ReadStages)?.Select(s => new StageBody(s.Name, s.Weight)).ToArray()),
                cells.Read(LedgerColumns.Weight, N.ReadNumber), cells.Read(LedgerColumns.Start, N.ReadDay), cells.Read(LedgerColumns.Due, N.ReadDay),
                cells.Given(LedgerColumns.Indicator) ? cells.Text(LedgerColumns.Indicator) ?? "" : null,
                cells.Given(LedgerColumns.Plan) ? cells.Read(LedgerColumns.Plan, N.ReadPlan) : null)
            {
                BrigadeId = brigade.Id,
            };
            if (problems.Count == before)
            {
                foreach (var failure in rules.Validate(request).Errors)
                {
                    var column = LedgerColumns.ForField(ProblemExceptionHandler.FieldName(failure.PropertyName));
                    problems.Add(LedgerRejectedException.At(table, line.Number, column, failure.ErrorMessage));
                }
            }

            if (problems.Count == before)
            {
                rows.Add(Row(line.Number, request));
            }
        }

        return (rows, problems);
    }

    private static LedgerRow Row(int number, CreateTask r)
    {
        var m = r.Metric!;
        return new LedgerRow(
            number, r.Year!.Value, r.Code!, r.Title!, r.Category!, r.UnitId!, r.LeaderId, r.DutyLine!.Value, m.Kind!.Value, m.Target,
            m.Direction, m.UnitLabel, m.Stages?.Select(s => new MilestoneStage(s.Name!, s.Weight!.Value)).ToArray(), r.Weight,
            r.Start!.Value, r.Due!.Value, r.IndicatorCode, r.PlannedByMonth);
    }

    private static int? Year(LedgerCells cells) => cells.Read(LedgerColumns.Year, c => N.ReadNumber(c) switch
    {
        null => (int?)null,
        var y when y == Math.Floor(y.Value) && y is >= 1 and <= 9999 => (int)y.Value,
        var y => throw new LedgerCellException($"“{y}”不是年份。"),
    });

    private static string? Unit(BrigadeInfo brigade, object? cell) => N.ReadText(cell) is not { } name ? null
        : Array.Find(brigade.Units, u => u.Name == name || u.Id == name)?.Id
          ?? throw new LedgerCellException($"本大队没有“{name}”这个单位。");

    private static string? Leader(BrigadeInfo brigade, object? cell) => N.ReadText(cell) is not { } name ? null
        : Array.Find(brigade.Leaders, l => l.Name == name || l.Id == name)?.Id
          ?? throw new LedgerCellException($"本大队班子成员中没有“{name}”。");
}
