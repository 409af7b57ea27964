using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Health;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Messaging;
using JjjMatch.BuildingBlocks.Observability;
using JjjMatch.Contracts.Taxonomy;
using JjjMatch.Host.DemoData;

namespace JjjMatch.Host.Hosting;

public static class ApiHost
{
    public static WebApplication Build(string[] args)
    {
        // appsettings.json ships beside the binary; relative paths in settings (data/) stay relative to where it was
        // started.
        var builder = WebApplication.CreateBuilder(
            new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory }
        );
        var modules = ServiceModules.Select(builder.Configuration["Services"]);
        var services = builder.Services;

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddPlatformHealthChecks([.. modules.Select(m => m.Name)]);
        services.AddPlatformSecurity(builder.Configuration);
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(swagger =>
        {
            swagger.CustomSchemaIds(type => type.FullName!.Replace('+', '.'));
            // The Authorize button: paste a token from POST /api/auth/token (embedded default) or the token command.
            swagger.AddSecurityDefinition(
                "Bearer",
                new Microsoft.OpenApi.OpenApiSecurityScheme
                {
                    Type = Microsoft.OpenApi.SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                }
            );
            swagger.AddSecurityRequirement(document => new Microsoft.OpenApi.OpenApiSecurityRequirement
            {
                [new Microsoft.OpenApi.OpenApiSecuritySchemeReference("Bearer", document)] = [],
            });
        });

        foreach (var module in modules)
        {
            module.AddServices(services, builder.Configuration);
        }

        services.AddServiceBus(builder.Configuration, modules);
        services.AddMetricsExport(
            builder.Configuration,
            MetricsExport.ServiceName(modules.Select(m => m.Name).ToList(), ServiceModules.All.Count)
        );
        if (builder.Configuration.GetValue("DemoData:Enabled", false))
        {
            services.AddHostedService(provider => new DemoDataSeeder(
                modules,
                provider,
                provider.GetRequiredService<ILogger<DemoDataSeeder>>()
            ));
        }

        var app = builder.Build();
        app.UseCorrelationId();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestBodyLimit(builder.Configuration.GetValue("Limits:MaxRequestBodyBytes", 1L << 20));
        app.UsePlatformSecurity();
        app.MapHealthEndpoints();
        app.UseSwagger();
        app.UseSwaggerUI();
        app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
        app.MapGet("/api/taxonomy/industries", () => Industries.All).WithTags("Taxonomy");
        app.MapGet("/api/taxonomy/hebei-cities", () => Regions.HebeiCities).WithTags("Taxonomy");
        app.MapAuthEndpoints();
        if (app.Services.GetRequiredService<AuthOptions>().DemoAccounts)
        {
            app.MapDemoTokenEndpoints();
        }

        foreach (var module in modules)
        {
            module.MapEndpoints(app);
        }

        return app;
    }
}
