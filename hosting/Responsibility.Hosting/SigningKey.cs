namespace Responsibility.Hosting;

using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Responsibility.Storage;
using StackExchange.Redis;

/// <summary>
/// The JWT signing key: <c>Auth:SigningKey</c> (base64) when configured; otherwise generated once — into Redis when the
/// deployment has one (the first api to start sets it, the others read it), else into the data folder — so tokens
/// survive restarts and any api instance accepts any other's. Never committed.
/// </summary>
public static class SigningKey
{
    public const string FileName = "jwt-signing.key";

    public const string RedisKey = "responsibility:jwt-signing-key";

    public static byte[] Load(IConfiguration configuration)
    {
        if (configuration["Auth:SigningKey"] is { Length: > 0 } configured)
        {
            return Convert.FromBase64String(configured);
        }

        if (ClusterSettings.From(configuration).Redis is { } redis)
        {
            var database = RedisConnections.Get(redis).GetDatabase();
            database.StringSet(RedisKey, Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)), when: When.NotExists);
            return Convert.FromBase64String(database.StringGet(RedisKey).ToString());
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

        return Convert.FromBase64String(File.ReadAllText(path).Trim());
    }
}
