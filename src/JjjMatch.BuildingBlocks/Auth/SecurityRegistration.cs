using System.Globalization;
using System.Threading.RateLimiting;
using JjjMatch.BuildingBlocks.Observability;
using JjjMatch.BuildingBlocks.Settings;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace JjjMatch.BuildingBlocks.Auth;

/// <summary>
/// Authentication, role policies, per-account rate limiting and (only when configured) CORS, the same in every service.
/// </summary>
public static class SecurityRegistration
{
    public static IServiceCollection AddPlatformSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var shape = HostShape.Of(configuration);
        var auth = AuthOptions.Load(configuration, shape);
        var issuer = new TokenIssuer(auth, TimeProvider.System);
        services.AddSingleton(auth);
        services.AddSingleton(issuer);
        services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = issuer.ValidationParameters();
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context =>
                    {
                        if (TokenClaims.Problem(context.Principal!) is { } problem)
                        {
                            context.Fail(problem);
                        }

                        return Task.CompletedTask;
                    },
                };
            });
        services.AddTokenServerTrust(configuration);
        services
            .AddAuthorizationBuilder()
            .AddPolicy(Policies.Member, p => p.RequireAuthenticatedUser().RequireClaim(TokenIssuer.OrganisationClaim))
            .AddPolicy(Policies.University, p =>
                p.RequireClaim(TokenIssuer.OrganisationClaim).RequireRole(Roles.University)
            )
            .AddPolicy(Policies.Enterprise, p =>
                p.RequireClaim(TokenIssuer.OrganisationClaim).RequireRole(Roles.Enterprise)
            )
            .AddPolicy(Policies.Solver, p =>
                p.RequireClaim(TokenIssuer.OrganisationClaim).RequireRole(Roles.University, Roles.Enterprise)
            )
            .AddPolicy(Policies.Intermediary, p =>
                p.RequireClaim(TokenIssuer.OrganisationClaim).RequireRole(Roles.Intermediary)
            )
            .AddPolicy(Policies.Reviewer, p =>
                p.RequireClaim(TokenIssuer.OrganisationClaim).RequireRole(Roles.Intermediary, Roles.Operator)
            )
            .AddPolicy(Policies.Operator, p =>
                p.RequireClaim(TokenIssuer.OrganisationClaim).RequireRole(Roles.Operator)
            );

        var limits = configuration.GetSettings<RateLimitingOptions>(RateLimitingOptions.Section);
        if (limits.PermitLimit > 0 && limits.Window <= TimeSpan.Zero)
        {
            throw new SettingException($"RateLimiting:Window must be positive, not {limits.Window}.");
        }

        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                Partition(context, limits)
            );
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = WriteTooManyRequestsAsync;
        });

        var origins = configuration.GetSettings<CorsSettings>(CorsSettings.Section).Origins();
        if (origins.Any(o => o.Contains('*', StringComparison.Ordinal)) && !shape.IsEmbeddedDefault)
        {
            throw shape.NotHere(
                "A wildcard in Cors:AllowedOrigins (any origin)",
                "list the origins that may call the API, e.g. https://portal.example.cn"
            );
        }

        if (origins.Length > 0)
        {
            services.AddCors(cors =>
                cors.AddDefaultPolicy(policy =>
                    (origins.Contains("*") ? policy.AllowAnyOrigin() : policy.WithOrigins(origins))
                        .AllowAnyHeader()
                        .AllowAnyMethod()
                        .WithExposedHeaders("Location", "Retry-After")
                )
            );
        }

        return services;
    }

    /// <summary>
    /// After routing and the body limit: CORS (answers pre-flights), who is calling, their rate, then what they may do.
    /// </summary>
    public static IApplicationBuilder UsePlatformSecurity(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetService<Microsoft.AspNetCore.Cors.Infrastructure.ICorsService>() is not null)
        {
            app.UseCors();
        }

        return app.UseAuthentication().UseRateLimiter().UseAuthorization();
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitingOptions limits)
    {
        if (
            limits.PermitLimit <= 0
            || context.Request.Path.StartsWithSegments("/health")
            || context.Request.Path.StartsWithSegments(TelemetryRegistration.ScrapePath)
        )
        {
            return RateLimitPartition.GetNoLimiter("unlimited");
        }

        var key =
            context.User.Identity?.IsAuthenticated == true
            && context.User.FindFirst(JwtRegisteredClaimNames.Sub)?.Value is { } subject
                ? "account:" + subject
                : "address:" + context.Connection.RemoteIpAddress;
        return RateLimitPartition.Get(key, _ => new AccountWindowLimiter(
            limits.PermitLimit,
            limits.Window,
            TimeProvider.System
        ));
    }

    private static async ValueTask WriteTooManyRequestsAsync(
        OnRejectedContext rejected,
        CancellationToken cancellationToken
    )
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? wait
            : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await context
            .RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(
                new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests / 请求过于频繁",
                        Detail = $"This account's request limit is reached; try again in {seconds} s.",
                    },
                }
            );
    }
}
