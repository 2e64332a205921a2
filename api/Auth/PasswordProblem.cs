namespace Responsibility.Api.Auth;

/// <summary>Why <see cref="PasswordPolicy"/> refuses a password.</summary>
public enum PasswordProblem
{
    TooShort,
    TooLong,
    LikeTheUsername,
    OneRepeatedCharacter,
    Common,
    TooFewLettersOrDigits,
}
