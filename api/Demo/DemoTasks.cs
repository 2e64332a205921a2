namespace Responsibility.Api.Demo;

/// <summary>The demo year plan: both duty lines of 一岗双责.</summary>
internal static class DemoTasks
{
    public static IReadOnlyList<DemoTask> All { get; } = [.. DemoAccountabilityTasks.All, .. DemoBusinessTasks.All];
}
