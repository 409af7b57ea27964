using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Observability;
using JjjMatch.BuildingBlocks.Settings;
using JjjMatch.Contracts.Demands;
using JjjMatch.Contracts.Shared;
using JjjMatch.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace JjjMatch.Matching.Tests.Api;

/// <summary>
/// The host's metrics and traces reach an OTLP collector when Telemetry:OtlpEndpoint is set, and nothing is exported
/// otherwise.
/// </summary>
public sealed class MetricsExportTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(TelemetryOptions.HttpProtobuf, "/v1/metrics", "/v1/traces", "application/x-protobuf")]
    [InlineData(TelemetryOptions.Grpc, OtlpTestCollector.GrpcMetrics, OtlpTestCollector.GrpcTraces, "application/grpc")]
    public async Task Suggestions_request_metrics_and_traces_reach_an_OTLP_collector(
        string protocol,
        string metricsPath,
        string tracesPath,
        string contentType
    )
    {
        await using var collector = await OtlpTestCollector.StartAsync(grpc: protocol == TelemetryOptions.Grpc);
        using var databases = new ServiceDatabases(DatabaseTarget.Sqlite);
        using var host = new JjjMatchFactory(
            databases,
            "achievements,matching",
            new Dictionary<string, string>
            {
                ["Telemetry:OtlpEndpoint"] = collector.Endpoint,
                ["Telemetry:OtlpProtocol"] = protocol,
                ["Telemetry:ExportInterval"] = "00:00:00.200",
                // One achievement in the index gives every term a tiny idf; the suggestion, not its quality, is what is
                // needed here.
                ["Matching:MinimumScore"] = "0",
                ["Matching:MinimumTextRelevance"] = "0",
            }
        );

        (await host.CreateClient().GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await SuggestAsync(host);

        await Eventually.WaitForAsync(
            () =>
                Task.FromResult(
                    collector.ReceivedMetric("jjjmatch.matching.suggestions")
                        && collector.ReceivedMetric("jjjmatch.matching.latency")
                ),
            received => received,
            Patience,
            $"the JjjMatch meter at the collector ({collector.Exports.Count} exports so far)"
        );
        await Eventually.WaitForAsync(
            () =>
                Task.FromResult(
                    collector.ReceivedMetric("http.server.request.duration")
                        && collector.ReceivedMetric("dotnet.process.cpu.time")
                ),
            received => received,
            Patience,
            "ASP.NET Core's request duration and the runtime's CPU time at the collector"
        );
        await Eventually.WaitForAsync(
            () =>
                Task.FromResult(
                    collector.ReceivedInTrace("/api/achievements/{id:guid}/publish")
                        && collector.ReceivedInTrace("DemandOpened")
                ),
            received => received,
            Patience,
            "the publish request's span and the consumed DemandOpened's span at the collector"
        );
        collector.MetricExports.ShouldAllBe(e => e.Path == metricsPath && e.ContentType!.StartsWith(contentType));
        collector.TraceExports.ShouldAllBe(e => e.Path == tracesPath && e.ContentType!.StartsWith(contentType));
        collector.ReceivedInTrace("/health/live").ShouldBeFalse("probes are not traced");
        collector.Exports.ShouldContain(
            e => e.Contains("jjjmatch-achievements-matching"),
            "the service name from --services"
        );
    }

    [Fact]
    public async Task Without_an_endpoint_no_meter_provider_exists()
    {
        using var host = new JjjMatchFactory(DatabaseTarget.Sqlite, "achievements,matching");
        (await host.CreateClient().GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);

        host.Services.GetService<MeterProvider>().ShouldBeNull();
        host.Services.GetService<TracerProvider>().ShouldBeNull();
        host.Services.GetServices<IHostedService>()
            .ShouldNotContain(s => s.GetType().Assembly == typeof(OpenTelemetryBuilder).Assembly);
    }

    [Theory]
    [InlineData("Telemetry:OtlpEndpoint", "collector:4317")]
    [InlineData("Telemetry:OtlpProtocol", "http")]
    [InlineData("Telemetry:ExportInterval", "-00:00:01")]
    public void A_wrong_telemetry_setting_stops_the_host_naming_it(string key, string value)
    {
        var settings = new Dictionary<string, string>
        {
            ["Telemetry:OtlpEndpoint"] = "http://127.0.0.1:4317",
            [key] = value,
        };
        using var databases = new ServiceDatabases(DatabaseTarget.Sqlite);
        using var host = new JjjMatchFactory(databases, "matching", settings);

        Should.Throw<SettingException>(() => host.Services).Message.ShouldContain(key);
    }

    [Theory]
    [InlineData("http/protobuf", "http://collector:4318", "metrics", "http://collector:4318/v1/metrics")]
    [InlineData("http/protobuf", "http://collector:4318", "traces", "http://collector:4318/v1/traces")]
    [InlineData("http/protobuf", "https://otlp.example.cn/otlp/", "metrics", "https://otlp.example.cn/otlp/v1/metrics")]
    [InlineData("http/protobuf", "http://collector:4318/v1/metrics", "metrics", "http://collector:4318/v1/metrics")]
    [InlineData("http/protobuf", "http://collector:4318/v1/metrics", "traces", "http://collector:4318/v1/traces")]
    [InlineData("grpc", "http://collector:4317", "metrics", "http://collector:4317/")]
    [InlineData("grpc", "http://collector:4317", "traces", "http://collector:4317/")]
    public void The_endpoint_is_a_base_address_as_in_OTEL_EXPORTER_OTLP_ENDPOINT(
        string protocol,
        string endpoint,
        string signal,
        string posted
    ) =>
        new TelemetryOptions { OtlpEndpoint = endpoint, OtlpProtocol = protocol }
            .ExportEndpoint(signal)
            .ToString()
            .ShouldBe(posted);

    private static async Task SuggestAsync(JjjMatchFactory host)
    {
        var http = host.CreateClient(TestAccounts.University);
        var body = AchievementSamples
            .Valid("风电叶片裂纹无人机巡检")
            .With(b => b["summary"] = "无人机搭载红外相机巡检风电叶片裂纹。");
        var created = await http.PostAsJsonAsync("/api/achievements", body);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await http.PostAsync($"/api/achievements/{id}/publish", null)).EnsureSuccessStatusCode();

        var demand = new DemandSnapshot(
            Guid.CreateVersion7(),
            "风电场叶片裂纹检测",
            "风电场需要叶片裂纹的无人机巡检方案。",
            "",
            "电子信息-人工智能",
            null,
            PriceRange.Negotiable,
            DateTimeOffset.UtcNow.AddDays(30),
            new Region(Province.Hebei, "唐山"),
            CooperationModes.None,
            false,
            "唐山钢铁集团有限责任公司",
            Guid.Empty,
            "Open",
            DateTimeOffset.UtcNow
        );
        await host
            .Services.GetRequiredService<IBus>()
            .Publish(new DemandOpened(Guid.CreateVersion7(), DateTimeOffset.UtcNow, "demands", demand));
        var broker = host.CreateClient(TestAccounts.Intermediary);
        await Eventually.WaitForAsync(
            () => broker.GetFromJsonAsync<JsonElement>($"/api/matches?demandId={demand.Id}"),
            page => page.GetProperty("items").GetArrayLength() > 0,
            Patience,
            "a suggestion"
        );
    }
}
