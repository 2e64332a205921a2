namespace Responsibility.TestSupport;

/// <summary>Where the solution's build (Release for the test command) put the executables started as processes.</summary>
public static class Built
{
    public static string Dll(string project, string assembly, string configuration = "Release")
    {
        var dll = Repository.PathTo(project, "bin", configuration, "net10.0", assembly + ".dll");
        return File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"{dll} is missing: build the solution first (dotnet build -c {configuration}).");
    }
}
