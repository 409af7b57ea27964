using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Testing;

/// <summary>
/// Stands in for an OpenTelemetry Collector on loopback: accepts OTLP metric and trace exports over http/protobuf
/// (POST /v1/metrics, /v1/traces) or gRPC (HTTP/2 without TLS) and keeps each request's path, content type and body.
/// </summary>
public sealed class OtlpTestCollector : IAsyncDisposable
{
    public const string GrpcMetrics = "/opentelemetry.proto.collector.metrics.v1.MetricsService/Export";
    public const string GrpcTraces = "/opentelemetry.proto.collector.trace.v1.TraceService/Export";
    private readonly ConcurrentQueue<OtlpExport> exports = new();
    private WebApplication? app;

    public string Endpoint { get; private set; } = "";

    public IReadOnlyList<OtlpExport> Exports => exports.ToArray();

    /// <summary>The metric exports (the trace exports are the others).</summary>
    public IReadOnlyList<OtlpExport> MetricExports => [.. exports.Where(e => e.IsMetrics)];

    public IReadOnlyList<OtlpExport> TraceExports => [.. exports.Where(e => !e.IsMetrics)];

    public static async Task<OtlpTestCollector> StartAsync(bool grpc)
    {
        var collector = new OtlpTestCollector();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k =>
            k.Listen(IPAddress.Loopback, 0, l => l.Protocols = grpc ? HttpProtocols.Http2 : HttpProtocols.Http1)
        );
        var app = builder.Build();
        foreach (var path in (string[])["/v1/metrics", "/v1/traces"])
        {
            app.MapPost(path, async context =>
            {
                await collector.KeepAsync(context);
                context.Response.ContentType = "application/x-protobuf";
            });
        }

        foreach (var path in (string[])[GrpcMetrics, GrpcTraces])
        {
            app.MapPost(path, async context =>
            {
                await collector.KeepAsync(context);
                context.Response.ContentType = "application/grpc";
                context.Response.AppendTrailer("grpc-status", "0");
                await context.Response.Body.WriteAsync(new byte[5]); // one uncompressed, empty response message
            });
        }

        await app.StartAsync();
        collector.app = app;
        collector.Endpoint = app
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        return collector;
    }

    public bool ReceivedMetric(string name) => MetricExports.Any(e => e.Contains(name));

    public bool ReceivedInTrace(string text) => TraceExports.Any(e => e.Contains(text));

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task KeepAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        exports.Enqueue(new OtlpExport(context.Request.Path, context.Request.ContentType, body.ToArray()));
    }
}

/// <summary>
/// One export as received; names in OTLP protobuf are plain UTF-8 strings, so they can be found in the bytes.
/// </summary>
public sealed record OtlpExport(string Path, string? ContentType, byte[] Body)
{
    public bool IsMetrics => Path is "/v1/metrics" or OtlpTestCollector.GrpcMetrics;

    public bool Contains(string text) => Body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
