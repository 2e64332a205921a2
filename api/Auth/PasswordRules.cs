namespace Responsibility.Api.Auth;

using FluentValidation;

public static class PasswordRules
{
    /// <summary>A new or reset password meets <see cref="PasswordPolicy"/>; the failure names the validated field.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> MeetsPasswordPolicy<T>(
        this IRuleBuilder<T, string?> rule, Func<T, string?> username) =>
        rule.Custom((password, context) =>
        {
            if (password is not null && PasswordPolicy.Check(username(context.InstanceToValidate), password) is { } problem)
            {
                context.AddFailure(PasswordPolicy.Message(problem));
            }
        });
}
