namespace Responsibility.Hosting;

using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The keys every api instance must share so any of them serves any user: the data-protection key ring (page cookies,
/// antiforgery tokens) and the JWT signing key. In Redis when the deployment has one, otherwise private files in the
/// data folder (one machine).
/// </summary>
public static class SharedKeys
{
    public const string KeyRingRedisKey = "responsibility:data-protection-keys";

    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var keyRing = services.AddDataProtection().SetApplicationName("Responsibility");
        // The keys are protected by where they are kept, not encrypted: private files (PrivateKeyRing) or the
        // deployment's Redis. Saying so stops the key manager warning, at every new key, of an encryptor nobody chose.
        services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new NullXmlEncryptor());
        if (ClusterSettings.From(configuration).Redis is { } redis)
        {
            keyRing.PersistKeysToStackExchangeRedis(() => RedisConnections.Get(redis).GetDatabase(), KeyRingRedisKey);
        }
        else
        {
            PrivateKeyRing.Use(services, Path.Combine(SiloConfiguration.DataPath(configuration), "keys"));
        }

        return services;
    }
}
