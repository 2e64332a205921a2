namespace Responsibility.Grains.Abstractions.Duties;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// One duty of a brigade's yearly 责任清单: under a <see cref="Section"/> (e.g. 第一责任人职责), what is to be done
/// (<see cref="Title"/>, <see cref="Requirement"/> 工作要求), on which line of 一岗双责, how often (<see cref="Cadence"/>;
/// <see cref="DueDate"/> for <see cref="Cadence.Once"/>), the evidence expected (佐证), and who holds it. Tasks may hang
/// under it. <see cref="Id"/> is a slug chosen by the office, unique in the year.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DutyItem")]
public sealed record DutyItem(
    string Id,
    int Year,
    string Section,
    string Title,
    string Requirement,
    DutyLine DutyLine,
    Cadence Cadence,
    DateOnly? DueDate,
    string Evidence,
    DutyAssignees Assignees,
    string[] TaskIds);
