namespace Responsibility.Api.Duties;

/// <summary>The years a 清单 may be kept for.</summary>
internal static class DutyYear
{
    public const int First = 2000;
    public const int Last = 2100;
}
