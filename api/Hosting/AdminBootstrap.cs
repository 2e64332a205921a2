namespace Responsibility.Api.Hosting;

using System.Security.Cryptography;
using Responsibility.Api.Auth;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>
/// The first start creates the system Admin (no brigade). Its password comes from
/// <c>RESPONSIBILITY_ADMIN_PASSWORD</c>, which must meet <see cref="PasswordPolicy"/> or the app does not start,
/// or is generated (meeting it too) and printed once.
/// </summary>
public sealed class AdminBootstrap(IGrainFactory grains, Passwords passwords, IConfiguration configuration, ILogger<AdminBootstrap> logger)
    : IHostedService
{
    public const string AdminUsername = "admin";
    public const string PasswordVariable = "RESPONSIBILITY_ADMIN_PASSWORD";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var admin = grains.GetGrain<IUserGrain>(AdminUsername);
        if (await admin.Get() is not null)
        {
            return;
        }

        var configured = configuration[PasswordVariable];
        if (!string.IsNullOrEmpty(configured) && PasswordPolicy.Check(AdminUsername, configured) is { } problem)
        {
            throw new InvalidOperationException(
                $"{PasswordVariable} does not meet the password policy ({problem}): use at least {PasswordPolicy.MinLength} " +
                $"characters with at least {PasswordPolicy.MinLettersOrDigits} letters or digits, not the username, not one " +
                "repeated character and not a common password.");
        }

        var password = string.IsNullOrEmpty(configured) ? GeneratePassword() : configured;
        var created = await admin.CreateIfAbsent(
            new UserAccount(AdminUsername, "系统管理员", passwords.Hash(AdminUsername, password), Role.Admin, null, null, null),
            "system");
        if (!created)
        {
            // Another api of the cluster, starting at the same time, created it first: its password is the one that works.
            logger.LogInformation("System administrator {Username} was created by another process", AdminUsername);
            return;
        }

        if (string.IsNullOrEmpty(configured))
        {
            // Printed once, on purpose: this is the only place the generated password ever appears.
            Console.WriteLine($"System administrator created: username '{AdminUsername}', password '{password}'");
        }

        logger.LogInformation("System administrator {Username} created", AdminUsername);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>16 random hex digits; drawn again in the vanishing case that they break the policy (one digit repeated).</summary>
    internal static string GeneratePassword()
    {
        string password;
        do
        {
            password = RandomNumberGenerator.GetHexString(16, lowercase: true);
        }
        while (PasswordPolicy.Check(AdminUsername, password) is not null);

        return password;
    }
}
