namespace Responsibility.Api.Hosting;

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using Microsoft.Extensions.Options;
using Responsibility.Api.Auth;
using Responsibility.Api.Common;
using Responsibility.Api.OpenApi;
using Responsibility.Hosting;

public static class ApiServices
{
    /// <summary>Largest request body the JSON API accepts.</summary>
    public const long MaxRequestBodyBytes = 256 * 1024;

    /// <summary>Mediator with its pipeline (validation, then authorization), JSON, problem details, validators.</summary>
    public static WebApplicationBuilder AddApplication(this WebApplicationBuilder builder)
    {
        builder.Services.AddMediator((Mediator.MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(ValidationBehavior<,>), typeof(AuthorizationBehavior<,>)];
        });
        builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
        // Rules without a message of their own speak Chinese and name the field as the request spells it.
        ValidatorOptions.Global.LanguageManager.Culture = new CultureInfo("zh-CN");
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        PlainMessages.Install((FluentValidation.Resources.LanguageManager)ValidatorOptions.Global.LanguageManager);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CallerAccessor>();
        builder.Services.AddScoped<PermissionCheck>();
        builder.Services.AddSingleton<Ledger.LedgerRows>();
        builder.Services.AddSingleton<Duties.DutyRows>();
        builder.Services.AddOptions<Progress.ReportThrottleOptions>()
            .BindConfiguration(Progress.ReportThrottleOptions.Section)
            .Validate(o => o.ReportsPerMinute > 0, "Progress:ReportsPerMinute must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<Progress.ReportThrottle>();
        builder.Services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new CleanTextConverter());
            // What a request needs (IAuthorizedRequest.Permission) is the pipeline's business, never the wire's.
            o.SerializerOptions.TypeInfoResolver = new DefaultJsonTypeInfoResolver
            {
                Modifiers = { info => info.Properties.Where(p => p.PropertyType == typeof(Permission)).ToList().ForEach(p => info.Properties.Remove(p)) },
            };
        });
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.AddApiDocument();
        return builder;
    }

    /// <summary>
    /// JWT bearer tokens (API) or a cookie (pages), both checked against the account on every request; PBKDF2
    /// passwords, the first admin, and failed logins throttled per client and account (<see cref="LoginBackOff"/>).
    /// </summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var key = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(SigningKey.Load(builder.Configuration));
        builder.Services.AddSingleton<Passwords>();
        builder.Services.AddSingleton(sp => new TokenIssuer(key, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<SessionCheck>();
        builder.Services.AddAuthentication(WebPages.SelectingScheme)
            .AddPolicyScheme(WebPages.SelectingScheme, null, o => o.ForwardDefaultSelector = WebPages.SelectScheme)
            .AddCookie(WebPages.ConfigureCookie)
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                // A refused token is answered "Bearer" alone: why it failed helps whoever forged it, not its owner.
                o.IncludeErrorDetails = false;
                o.TokenValidationParameters = new()
                {
                    ValidIssuer = TokenIssuer.Issuer,
                    ValidAudience = TokenIssuer.Issuer,
                    IssuerSigningKey = key,
                    NameClaimType = SessionClaims.Subject,
                    RoleClaimType = SessionClaims.Role,
                };
                o.Events = new() { OnTokenValidated = SessionCheck.OnTokenValidated };
            });
        builder.Services.AddAuthorization();
        builder.Services.AddHostedService<AdminBootstrap>();
        builder.Services.AddOptions<LoginThrottleOptions>()
            .BindConfiguration(LoginThrottleOptions.Section)
            .Validate(o => o.FreeLoginFailures >= 0 && o.LoginBackOffSeconds > 0 && o.MaxLoginWaitMinutes > 0 && o.FailedLoginsPerAddress > 0,
                "Auth:FreeLoginFailures must not be negative; Auth:LoginBackOffSeconds, Auth:MaxLoginWaitMinutes and " +
                "Auth:FailedLoginsPerAddress must be positive.")
            .ValidateOnStart();
        // Several api instances must count failures together: in Redis when the deployment has one.
        if (ClusterSettings.From(builder.Configuration).Redis is { } redis)
        {
            builder.Services.AddSingleton<ILoginThrottle>(sp =>
                new RedisLoginThrottle(
                    RedisConnections.Get(redis), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<LoginThrottleOptions>>()));
        }
        else
        {
            builder.Services.AddSingleton<ILoginThrottle, MemoryLoginThrottle>();
        }
        return builder;
    }
}
