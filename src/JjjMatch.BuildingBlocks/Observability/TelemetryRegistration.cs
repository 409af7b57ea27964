using JjjMatch.BuildingBlocks.Settings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace JjjMatch.BuildingBlocks.Observability;

/// <summary>
/// Metrics and traces through OpenTelemetry (decision 0007): pushed over OTLP when Telemetry:OtlpEndpoint is set,
/// metrics also scraped at /metrics when Telemetry:Prometheus is on. With neither, nothing is registered.
/// </summary>
public static class TelemetryRegistration
{
    public const string ScrapePath = "/metrics";

    /// <summary>
    /// Meters no instrumentation package adds: ours, and the runtime's (GC, CPU, thread pool), which .NET 9+
    /// publishes by itself.
    /// </summary>
    public static readonly string[] Meters = [JjjMetrics.MeterName, "System.Runtime"];

    /// <summary>
    /// MassTransit's own activities (a consumed event becomes a span under the trace it carries) and the outbox's,
    /// which put each publish under the trace of the request or message that wrote the event.
    /// </summary>
    public static readonly string[] TraceSources = ["MassTransit", Outbox.OutboxTracing.SourceName];

    public static IServiceCollection AddTelemetry(
        this IServiceCollection services,
        IConfiguration configuration,
        string serviceName
    )
    {
        var options = TelemetryOptions.From(configuration);
        if (options.Problem() is { } problem)
        {
            throw new SettingException(problem);
        }

        if (!options.OtlpEnabled && !options.Prometheus)
        {
            return services;
        }

        var telemetry = services
            .AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceNamespace: "jjjmatch"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Meters).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (options.OtlpEnabled)
                {
                    metrics.AddOtlpExporter(
                        (exporter, reader) =>
                        {
                            Configure(exporter, options, TelemetryOptions.MetricsSignal);
                            reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)
                                options.ExportInterval.TotalMilliseconds;
                            reader.TemporalityPreference = MetricReaderTemporalityPreference.Cumulative;
                        }
                    );
                }

                if (options.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });

        // Spans need somewhere to go; a scrape endpoint takes metrics only.
        if (options.OtlpEnabled)
        {
            telemetry.WithTracing(tracing =>
                tracing
                    .AddSource(TraceSources)
                    .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !IsProbe(context))
                    .AddHttpClientInstrumentation()
                    .AddOtlpExporter(exporter => Configure(exporter, options, TelemetryOptions.TracesSignal))
            );
        }

        return services;
    }

    /// <summary>
    /// Serves the Prometheus text format at /metrics when Telemetry:Prometheus is on; else /metrics is 404.
    /// </summary>
    public static IEndpointRouteBuilder MapTelemetryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        if (TelemetryOptions.From(endpoints.ServiceProvider.GetRequiredService<IConfiguration>()).Prometheus)
        {
            endpoints.MapPrometheusScrapingEndpoint(ScrapePath);
        }

        return endpoints;
    }

    /// <summary>
    /// "jjjmatch" for the one-process shape, else "jjjmatch-" and the hosted services, e.g. "jjjmatch-matching".
    /// </summary>
    public static string ServiceName(IReadOnlyCollection<string> hosted, int known) =>
        hosted.Count == known ? "jjjmatch" : "jjjmatch-" + string.Join('-', hosted);

    /// <summary>Probes and scrapes arrive every few seconds and would bury the requests worth tracing.</summary>
    private static bool IsProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments(ScrapePath);

    private static void Configure(OtlpExporterOptions exporter, TelemetryOptions options, string signal)
    {
        exporter.Endpoint = options.ExportEndpoint(signal);
        exporter.Protocol =
            options.OtlpProtocol == TelemetryOptions.HttpProtobuf
                ? OtlpExportProtocol.HttpProtobuf
                : OtlpExportProtocol.Grpc;
    }
}
