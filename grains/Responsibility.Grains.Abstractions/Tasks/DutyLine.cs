namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>一岗双责: every task belongs to the post's business work or to its rule-of-law / party-conduct duty.</summary>
public enum DutyLine
{
    Business = 0,
    Accountability = 1,
}
