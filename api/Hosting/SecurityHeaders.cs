namespace Responsibility.Api.Hosting;

/// <summary>
/// Headers every response carries: no sniffing, no framing, no referrer leaving the site, and a content security
/// policy that runs only the site's own scripts. Report HTML (user text inside) runs one, its toolbar's script file.
/// Whatever the API answers (JSON, problems, reports, 台账, minutes, evidence files, tokens) is no cache's to keep.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The API reference UI at /scalar runs its own inline start-up script.</summary>
    public const string ReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy =
                    http.Request.Path.StartsWithSegments("/scalar") ? ReferencePolicy : Policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }
}
