namespace Responsibility.Grains.Abstractions.Oversight;

/// <summary>What kind of check an inspection (检查) was.</summary>
public enum InspectionKind
{
    /// <summary>执法质量检查.</summary>
    EnforcementQuality = 0,

    /// <summary>督察.</summary>
    Supervision = 1,

    /// <summary>巡察.</summary>
    Patrol = 2,

    /// <summary>审计.</summary>
    Audit = 3,

    /// <summary>上级考评.</summary>
    Evaluation = 4,

    /// <summary>其他.</summary>
    Other = 5,
}

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    Low = 0,
    Medium = 1,
    High = 2,
}
