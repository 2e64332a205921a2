namespace Responsibility.Api.Hosting;

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Responsibility.Api.Auth;
using Responsibility.Api.Common;

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
        builder.Services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new CleanTextConverter());
        });
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks().AddCheck<ReadinessCheck>("silo-and-storage", tags: ["ready"]);
        return builder;
    }

    /// <summary>JWT bearer tokens (API) or a cookie (pages), PBKDF2 passwords, the first admin, and a rate limit on logins.</summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var key = SigningKey.Load(builder.Configuration);
        builder.Services.AddSingleton<Passwords>();
        builder.Services.AddSingleton(sp => new TokenIssuer(key, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddAuthentication(WebPages.SelectingScheme)
            .AddPolicyScheme(WebPages.SelectingScheme, null, o => o.ForwardDefaultSelector = WebPages.SelectScheme)
            .AddCookie(WebPages.ConfigureCookie)
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new()
                {
                    ValidIssuer = TokenIssuer.Issuer,
                    ValidAudience = TokenIssuer.Issuer,
                    IssuerSigningKey = key,
                    NameClaimType = "sub",
                    RoleClaimType = "role",
                };
            });
        builder.Services.AddAuthorization();
        builder.Services.AddHostedService<AdminBootstrap>();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AuthApi.LoginRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = builder.Configuration.GetValue("Auth:LoginsPerMinute", 10),
                    Window = TimeSpan.FromMinutes(1),
                }));
            o.OnRejected = (context, cancellationToken) => new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(
                new ProblemDetails { Status = 429, Title = "登录尝试过于频繁", Detail = "请一分钟后再试。" },
                (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken));
        });
        return builder;
    }
}
