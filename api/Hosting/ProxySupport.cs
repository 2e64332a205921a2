namespace Responsibility.Api.Hosting;

using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

/// <summary>
/// Behind a reverse proxy (nginx terminating HTTPS), <c>ForwardedHeaders:Enabled=true</c> makes the api trust
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from the proxies in <c>ForwardedHeaders:KnownProxies</c>
/// (default: loopback). The scheme then marks cookies Secure, and the client address drives login throttling.
/// Off by default: a directly exposed api must not believe a header any client can send.
/// </summary>
public static class ProxySupport
{
    public static WebApplicationBuilder AddProxySupport(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("ForwardedHeaders");
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1;
            var proxies = section["KnownProxies"]?.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries) ?? [];
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return builder;
    }

    public static WebApplication UseProxySupport(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("ForwardedHeaders:Enabled"))
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
