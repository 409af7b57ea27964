using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Health;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Messaging;
using JjjMatch.BuildingBlocks.Observability;
using JjjMatch.BuildingBlocks.Settings;
using JjjMatch.Contracts.Taxonomy;
using JjjMatch.Host.DemoData;
using JjjMatch.WebConsole;

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
        var configuration = builder.Configuration;
        // The shape decides the development conveniences before anything is registered, so that a demo setting
        // turned on in production stops start-up first, naming itself.
        var shape = HostShape.Of(configuration);
        var demo = DemoSettings.Of(configuration, shape);
        // The browsable API holds no secret, so unlike the demo settings it may be turned on in production.
        var swagger = configuration.GetSetting<bool?>("Swagger:Enabled", null) ?? shape.IsEmbeddedDefault;
        var maxRequestBodyBytes = configuration.GetSetting("Limits:MaxRequestBodyBytes", 1L << 20);
        if (maxRequestBodyBytes <= 0)
        {
            throw new SettingException($"Limits:MaxRequestBodyBytes must be positive, not {maxRequestBodyBytes}.");
        }

        var modules = ServiceModules.Select(configuration["Services"]);
        var services = builder.Services;

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.ConfigureHttpJsonOptions(options => ApiJson.ConfigureServer(options.SerializerOptions));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemTexts.Customize);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddPlatformHealthChecks([.. modules.Select(m => m.Name)]);
        services.AddPlatformSecurity(configuration);
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(swagger =>
        {
            OpenApi.ApiDocument.Configure(swagger);
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
            module.AddServices(services, configuration);
        }

        services.AddServiceBus(configuration, modules);
        services.AddWebConsole();
        services.AddTelemetry(
            configuration,
            TelemetryRegistration.ServiceName(modules.Select(m => m.Name).ToList(), ServiceModules.All.Count)
        );
        if (demo.Data)
        {
            services.AddHostedService(provider => new DemoDataSeeder(
                modules,
                provider,
                provider.GetRequiredService<ILogger<DemoDataSeeder>>()
            ));
        }

        var app = builder.Build();
        app.UseCallerCounting();
        app.UseCorrelationId();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestBodyLimit(maxRequestBodyBytes);
        app.UseJsonBodyBuffering();
        app.UsePlatformSecurity();
        app.UseIfMatchCheck();
        app.UseQueryParameterCheck();
        app.MapHealthEndpoints();
        app.MapTelemetryEndpoints();
        if (swagger)
        {
            app.UseSwagger();
            app.UseSwaggerUI();
            app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
        }

        app.MapGet("/api/taxonomy/industries", () => Industries.All).WithTags("Taxonomy");
        app.MapGet("/api/taxonomy/hebei-cities", () => Regions.HebeiCities).WithTags("Taxonomy");
        app.MapAuthEndpoints();
        if (demo.Accounts)
        {
            app.MapDemoTokenEndpoints();
        }

        foreach (var module in modules)
        {
            module.MapEndpoints(app);
        }

        app.MapWebConsole();
        return app;
    }
}
