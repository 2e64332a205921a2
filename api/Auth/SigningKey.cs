namespace Responsibility.Api.Auth;

using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Responsibility.Silo;
using Responsibility.Storage;

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
        PrivateFiles.EnsureFolder(Path.GetDirectoryName(path)!, marker: FileName);
        if (!File.Exists(path))
        {
            // Created 0600 before the key is written into it, so it is never readable by others.
            PrivateFiles.EnsureFile(path);
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
        }

        PrivateFiles.Restrict(path);

        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }
}
