namespace Responsibility.TestSupport;

/// <summary>Where the test command's Release build put the executables a test starts as processes.</summary>
public static class Built
{
    public static string Dll(string project, string assembly)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Responsibility.sln")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(root?.FullName ?? "", project, "bin", "Release", "net10.0", assembly + ".dll");
        return File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"{dll} is missing: build the solution first (dotnet build -c Release).");
    }
}
