using JjjMatch.BuildingBlocks.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace JjjMatch.BuildingBlocks.Observability;

/// <summary>
/// Pushes the product's and the platform's meters over OTLP when Telemetry:OtlpEndpoint is set (decision 0007).
/// Built with the bare SDK because OpenTelemetry.Extensions.Hosting does not restore here: the container owns
/// the provider and disposes it (a last export) when the host stops.
/// </summary>
public static class MetricsExport
{
    /// <summary>Our meter, then what ASP.NET Core and the runtime publish by themselves in .NET 10.</summary>
    public static readonly string[] Meters =
    [
        JjjMetrics.MeterName,
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.RateLimiting",
        "System.Net.Http",
        "System.Runtime",
    ];

    public static IServiceCollection AddMetricsExport(
        this IServiceCollection services,
        IConfiguration configuration,
        string serviceName
    )
    {
        var options = configuration.GetSettings<TelemetryOptions>(TelemetryOptions.Section);
        if (!options.Enabled)
        {
            return services;
        }

        if (options.Problem() is { } problem)
        {
            throw new SettingException(problem);
        }

        services.AddSingleton(_ => Build(options, serviceName));
        services.AddHostedService<MeterProviderStarter>();
        return services;
    }

    /// <summary>
    /// "jjjmatch" for the one-process shape, else "jjjmatch-" and the hosted services, e.g. "jjjmatch-matching".
    /// </summary>
    public static string ServiceName(IReadOnlyCollection<string> hosted, int known) =>
        hosted.Count == known ? "jjjmatch" : "jjjmatch-" + string.Join('-', hosted);

    private static MeterProvider Build(TelemetryOptions options, string serviceName) =>
        Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateDefault().AddService(serviceName, serviceNamespace: "jjjmatch"))
            .AddMeter(Meters)
            .AddOtlpExporter(
                (exporter, reader) =>
                {
                    exporter.Endpoint = options.ExportEndpoint();
                    exporter.Protocol =
                        options.OtlpProtocol == TelemetryOptions.HttpProtobuf
                            ? OtlpExportProtocol.HttpProtobuf
                            : OtlpExportProtocol.Grpc;
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)
                        options.ExportInterval.TotalMilliseconds;
                    reader.TemporalityPreference = MetricReaderTemporalityPreference.Cumulative;
                }
            )
            .Build()!;

    /// <summary>Takes the provider at start-up: nothing else asks for it, and it only listens once built.</summary>
    private sealed class MeterProviderStarter(MeterProvider provider) : IHostedService
    {
        public MeterProvider Provider { get; } = provider;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
