namespace Responsibility.Api.Auth;

using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Responsibility.Silo;

/// <summary>
/// The JWT signing key: <c>Auth:SigningKey</c> (base64) when configured, otherwise generated once into the
/// data folder so tokens survive restarts. Never committed.
/// </summary>
public static class SigningKey
{
    public const string FileName = "jwt-signing.key";

    public static SymmetricSecurityKey Load(IConfiguration configuration)
    {
        if (configuration["Auth:SigningKey"] is { Length: > 0 } configured)
        {
            return new SymmetricSecurityKey(Convert.FromBase64String(configured));
        }

        var path = Path.Combine(SiloConfiguration.DataPath(configuration), FileName);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }
}
