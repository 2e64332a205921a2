namespace Responsibility.Api.Pages;

using Responsibility.Grains.Abstractions.Appraisal;

/// <summary>The leader's form of a 述责述廉报告: the three drafted parts and their own 廉洁自律 text.</summary>
public sealed class AccountabilityEditInput
{
    public string? Performance { get; set; }

    public string? Problems { get; set; }

    public string? Plans { get; set; }

    public string? Integrity { get; set; }
}

/// <summary>A BrigadeLeader's 退回 form.</summary>
public sealed class AccountabilityReturnInput
{
    public string? Note { get; set; }
}

/// <summary>How a 述责述廉报告's state and steps read on the pages.</summary>
public static class AccountabilityDisplay
{
    public static string StateName(AccountabilityState state) => state switch
    {
        AccountabilityState.Draft => "草稿",
        AccountabilityState.Submitted => "已提交，待审核",
        AccountabilityState.Returned => "已退回修改",
        _ => "已审核通过",
    };

    public static string Badge(AccountabilityState state) => state switch
    {
        AccountabilityState.Accepted => "st-done",
        AccountabilityState.Returned => "st-red",
        AccountabilityState.Submitted => "st-yellow",
        _ => "st-notstarted",
    };

    public static string StepName(AccountabilityStepKind kind) => kind switch
    {
        AccountabilityStepKind.Drafted => "据数据起草",
        AccountabilityStepKind.Saved => "修改保存",
        AccountabilityStepKind.Submitted => "提交",
        AccountabilityStepKind.Returned => "退回",
        _ => "审核通过",
    };
}
