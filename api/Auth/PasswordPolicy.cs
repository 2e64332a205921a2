namespace Responsibility.Api.Auth;

using System.Reflection;

/// <summary>
/// SPEC §3: at least 10 characters of which at least 6 letters or digits (so never all whitespace or symbols), not the
/// username, not one repeated character, not a common password. "Common"
/// also catches a listed word with digits or symbols around it (Password-2024, woaini1314), because that is how
/// people stretch a short favourite to the required length, and how guessing lists stretch it too.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 10;
    public const int MaxLength = 128;
    public const int MinLettersOrDigits = 6;

    private static readonly Lazy<HashSet<string>> CommonPasswords = new(LoadCommonPasswords);

    public static PasswordProblem? Check(string? username, string password)
    {
        if (password.Length < MinLength)
        {
            return PasswordProblem.TooShort;
        }

        if (password.Length > MaxLength)
        {
            return PasswordProblem.TooLong;
        }

        if (password.Distinct().Count() == 1)
        {
            return PasswordProblem.OneRepeatedCharacter;
        }

        var letters = Normalise(password);
        if (letters.Length < MinLettersOrDigits)
        {
            return PasswordProblem.TooFewLettersOrDigits;
        }

        var core = WithoutOuterDigits(letters);
        var name = Normalise(username ?? "");
        if (name.Length > 0 && (OnlyRepeats(letters, name) || (core.Length > 0 && core == WithoutOuterDigits(name))))
        {
            return PasswordProblem.LikeTheUsername;
        }

        return CommonPasswords.Value.Contains(letters) || (core.Length > 0 && CommonPasswords.Value.Contains(core))
            ? PasswordProblem.Common
            : null;
    }

    public static string Message(PasswordProblem problem) => problem switch
    {
        PasswordProblem.TooShort => $"密码至少需要 {MinLength} 个字符。",
        PasswordProblem.TooLong => $"密码不能超过 {MaxLength} 个字符。",
        PasswordProblem.LikeTheUsername => "密码不能是用户名，也不能只是用户名加数字。",
        PasswordProblem.OneRepeatedCharacter => "密码不能由同一个字符重复组成。",
        PasswordProblem.TooFewLettersOrDigits => $"密码至少要有 {MinLettersOrDigits} 个字母、数字或汉字，不能全是空格或符号。",
        _ => "这个密码太常见，容易被猜到，请换一个。",
    };

    /// <summary>Lower case, letters and digits only: "Pass-Word!" and "password" are the same guess.</summary>
    private static string Normalise(string text) =>
        new(text.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());

    /// <summary>The username, once or more, with at most digits besides: "adminadmin", "fazhi-2024-fazhi".</summary>
    private static bool OnlyRepeats(string letters, string name) =>
        letters.Contains(name, StringComparison.Ordinal) && letters.Replace(name, "", StringComparison.Ordinal).All(char.IsAsciiDigit);

    private static string WithoutOuterDigits(string text) => text.Trim("0123456789".ToCharArray());

    private static HashSet<string> LoadCommonPasswords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Responsibility.Api.Auth.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the api assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(Normalise)
            .ToHashSet(StringComparer.Ordinal);
    }
}
