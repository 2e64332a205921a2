namespace Responsibility.Api.Hosting;

using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Responsibility.Api.Auth;
using Responsibility.Api.Pages;
using Responsibility.Hosting;

/// <summary>The server-rendered pages: Razor Pages over the same mediator requests as the API, signed in by cookie.</summary>
public static class WebPages
{
    /// <summary>The default scheme: a bearer token when the request carries one, otherwise the page cookie.</summary>
    public const string SelectingScheme = "token-or-cookie";

    public const string CookieName = "responsibility.session";

    public static WebApplicationBuilder AddWebPages(this WebApplicationBuilder builder)
    {
        // `dotnet run` outside Development would otherwise serve the precompressed site.css.gz from obj/ as an empty body.
        builder.WebHost.UseStaticWebAssets();

        // Razor would otherwise write every Chinese character as an &#x...; entity.
        builder.Services.AddSingleton<HtmlEncoder>(new CleanHtmlEncoder(HtmlEncoder.Create(UnicodeRanges.All)));
        builder.Services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/");
                o.Conventions.AllowAnonymousToPage("/Login");
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<PageProblemFilter>();
                o.Filters.Add<ReadOnlyPageFilter>();
                o.ModelBinderProviders.Insert(0, new FormBinderProvider());
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                var messages = o.ModelBindingMessageProvider;
                messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"“{value}”不是有效的值。");
                messages.SetValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
                messages.SetValueMustBeANumberAccessor(_ => "须为数字。");
                messages.SetValueMustNotBeNullAccessor(_ => "不能为空。");
                messages.SetMissingBindRequiredValueAccessor(_ => "不能为空。");
                messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
                messages.SetNonPropertyValueMustBeANumberAccessor(() => "须为数字。");
            })
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);

        // Cookies and antiforgery tokens must survive a restart: keep the key ring beside the database.
        builder.Services.AddSharedKeyRing(builder.Configuration);
        return builder;
    }

    public static WebApplication MapWebPages(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages();
        return app;
    }

    /// <summary>
    /// A bearer header always wins. The cookie may read the API (report downloads from the pages) but never write
    /// to it: an API write without a token answers 401, so a cross-site form cannot ride on the cookie.
    /// </summary>
    public static string SelectScheme(HttpContext http)
    {
        var authorization = http.Request.Headers.Authorization.ToString();
        var isApi = http.Request.Path.StartsWithSegments("/api");
        var readsOnly = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        var hasCookie = http.Request.Cookies.ContainsKey(CookieName);
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || (isApi && !(readsOnly && hasCookie))
            ? JwtBearerDefaults.AuthenticationScheme
            : CookieAuthenticationDefaults.AuthenticationScheme;
    }

    public static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = CookieName;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.LoginPath = "/login";
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        o.Events.OnValidatePrincipal = SessionCheck.OnValidatePrincipal;
        o.Events.OnRedirectToLogin = context => ApiAnswers(context, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = context => ApiAnswers(context, StatusCodes.Status403Forbidden);
    }

    /// <summary>An API route answers with a status code; only a page is redirected to the login form.</summary>
    private static Task ApiAnswers(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
