namespace JjjMatch.BuildingBlocks.Observability;

/// <summary>Configuration section "Telemetry": where metrics go. No endpoint, no exporter.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";
    public const string Grpc = "grpc";
    public const string HttpProtobuf = "http/protobuf";

    /// <summary>
    /// The OTLP receiver's base address, as OTEL_EXPORTER_OTLP_ENDPOINT: e.g. http://otel-collector:4317 (gRPC) or
    /// http://otel-collector:4318 (http/protobuf, where /v1/metrics is appended unless the path already names it).
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    public string OtlpProtocol { get; set; } = Grpc;

    public TimeSpan ExportInterval { get; set; } = TimeSpan.FromSeconds(15);

    public bool Enabled => !string.IsNullOrWhiteSpace(OtlpEndpoint);

    /// <summary>
    /// Why these settings cannot work, or null; checked at start-up so a typo stops the host instead of losing metrics
    /// silently.
    /// </summary>
    public string? Problem()
    {
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
    /// The address the exporter posts to: the OTLP exporter uses an endpoint set in code as it is, without a signal
    /// path.
    /// </summary>
    public Uri ExportEndpoint()
    {
        var uri = new Uri(OtlpEndpoint!.Trim(), UriKind.Absolute);
        if (OtlpProtocol != HttpProtobuf || uri.AbsolutePath.EndsWith("/v1/metrics", StringComparison.Ordinal))
        {
            return uri;
        }

        return new UriBuilder(uri) { Path = uri.AbsolutePath.TrimEnd('/') + "/v1/metrics" }.Uri;
    }
}
