namespace Responsibility.Api.Pages;

/// <summary>People typed as they are written on paper, separated by 、，；or line breaks.</summary>
public static class PeopleList
{
    private static readonly char[] Separators = ['、', '，', ',', '；', ';', '\n'];

    public static string[] Split(string? text) => Lines(text, Separators);

    public static string[] Lines(string? text, char[] separators) =>
        (text ?? "").Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
