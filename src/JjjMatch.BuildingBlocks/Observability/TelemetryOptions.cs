using JjjMatch.BuildingBlocks.Settings;
using Microsoft.Extensions.Configuration;

namespace JjjMatch.BuildingBlocks.Observability;

/// <summary>
/// Configuration section "Telemetry": where metrics and traces go. No endpoint and no Prometheus, no telemetry.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";
    public const string Grpc = "grpc";
    public const string HttpProtobuf = "http/protobuf";
    public const string MetricsSignal = "metrics";
    public const string TracesSignal = "traces";

    /// <summary>
    /// The OTLP receiver's base address, as OTEL_EXPORTER_OTLP_ENDPOINT: e.g. http://otel-collector:4317 (gRPC) or
    /// http://otel-collector:4318 (http/protobuf, where /v1/metrics and /v1/traces are appended).
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    public string OtlpProtocol { get; set; } = Grpc;

    public TimeSpan ExportInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Serve the metrics in Prometheus' text format at /metrics for a scraper.</summary>
    public bool Prometheus { get; set; }

    public bool OtlpEnabled => !string.IsNullOrWhiteSpace(OtlpEndpoint);

    public static TelemetryOptions From(IConfiguration configuration) =>
        configuration.GetSettings<TelemetryOptions>(Section);

    /// <summary>
    /// Why the OTLP settings cannot work, or null; checked at start-up so a typo stops the host instead of losing
    /// metrics silently.
    /// </summary>
    public string? Problem()
    {
        if (!OtlpEnabled)
        {
            return null;
        }

        if (
            !Uri.TryCreate(OtlpEndpoint?.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        )
        {
            return $"Telemetry:OtlpEndpoint must be an absolute http:// or https:// address, not '{OtlpEndpoint}'.";
        }

        if (OtlpProtocol is not (Grpc or HttpProtobuf))
        {
            return $"Telemetry:OtlpProtocol must be '{Grpc}' or '{HttpProtobuf}', not '{OtlpProtocol}'.";
        }

        return ExportInterval <= TimeSpan.Zero || ExportInterval.TotalMilliseconds > int.MaxValue
            ? $"Telemetry:ExportInterval must be positive and under 24 days, not {ExportInterval}."
            : null;
    }

    /// <summary>
    /// The address one signal is posted to: the OTLP exporter uses an endpoint set in code as it is, so over
    /// http/protobuf the signal's path is appended here. An endpoint that already names a signal's path (the form
    /// before traces were exported) counts as its base address.
    /// </summary>
    public Uri ExportEndpoint(string signal)
    {
        var uri = new Uri(OtlpEndpoint!.Trim(), UriKind.Absolute);
        if (OtlpProtocol != HttpProtobuf)
        {
            return uri;
        }

        var basePath = uri.AbsolutePath.TrimEnd('/');
        foreach (var named in (string[])[MetricsSignal, TracesSignal])
        {
            if (basePath.EndsWith("/v1/" + named, StringComparison.Ordinal))
            {
                basePath = basePath[..^("/v1/" + named).Length];
            }
        }

        return new UriBuilder(uri) { Path = $"{basePath}/v1/{signal}" }.Uri;
    }
}
