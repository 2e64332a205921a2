namespace Responsibility.TestSupport;

/// <summary>The checkout the tests run from: the folder that holds Responsibility.sln.</summary>
public static class Repository
{
    private static readonly Lazy<string> FoundRoot = new(() =>
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Responsibility.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException($"No Responsibility.sln above {AppContext.BaseDirectory}.");
    });

    public static string Root => FoundRoot.Value;

    public static string PathTo(params string[] parts) => Path.Combine([Root, .. parts]);
}
