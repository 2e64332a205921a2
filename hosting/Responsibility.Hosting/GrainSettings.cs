namespace Responsibility.Hosting;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Attachments;
using Responsibility.Grains.Reports;

/// <summary>
/// The settings grains read, bound from the silo's configuration (in embedded mode the api's): a bad value stops the
/// start with the key's name rather than misbehaving later.
/// </summary>
public static class GrainSettings
{
    public static IServiceCollection AddGrainSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportOptions>().Bind(configuration.GetSection(ReportOptions.Section))
            .Validate(o => o.MaxVersionsPerMonth > 0, "Reports:MaxVersionsPerMonth must be positive.")
            .ValidateOnStart();
        services.AddOptions<AttachmentOptions>().Bind(configuration.GetSection(AttachmentOptions.Section))
            .Validate(o => o.UnattachedQuotaMB > 0, "Attachments:UnattachedQuotaMB must be positive.")
            .Validate(o => o.UnattachedExpiryHours > 0, "Attachments:UnattachedExpiryHours must be positive.")
            .Validate(o => o.SweepMinutes >= 1, "Attachments:SweepMinutes must be at least 1 (a reminder's shortest period).")
            .ValidateOnStart();
        return services;
    }
}
