namespace Responsibility.Grains.Domain.Appraisal;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain.Reports;

/// <summary>
/// What the automatic rules read, as the log holds it: the brigade's organisation (units, leaders and their 分管), the
/// year's tasks with every entry, the instructions, the 督责 (整改 items, extensions, 通报), each unit's and leader's 清单
/// as it stood on the day asked, and the year's 责任书. The rules cut each at the day asked.
/// </summary>
public sealed record ScoringInputs(
    BrigadeInfo Brigade,
    IReadOnlyList<TaskRecord> Tasks,
    IReadOnlyList<InstructionRecord> Instructions,
    OversightInputs Oversight,
    IReadOnlyDictionary<DutyHolder, DutySheet> Sheets,
    IReadOnlyList<Pledge> Pledges);
