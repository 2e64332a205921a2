namespace Responsibility.Grains.Abstractions.Reports;

/// <summary>Who a report names as acting when no person did.</summary>
public static class ReportActors
{
    /// <summary>The username the report schedule generates as.</summary>
    public const string Schedule = "system";

    public const string ScheduleName = "系统自动生成";

    /// <summary>
    /// The name to show for <paramref name="username"/> when no account supplies one: the schedule by its
    /// description, anyone else (an account since removed) by the username itself.
    /// </summary>
    public static string NameOf(string username) => username == Schedule ? ScheduleName : username;
}
