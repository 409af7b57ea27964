using System.Net;
using JjjMatch.Testing;

namespace JjjMatch.Matching.Tests.Api;

/// <summary>
/// Telemetry:Prometheus serves the host's metrics at /metrics in Prometheus' text format; off, it is 404.
/// </summary>
public sealed class PrometheusScrapeTests
{
    [Fact]
    public async Task The_scrape_endpoint_serves_the_product_meter_and_request_durations()
    {
        using var host = new JjjMatchFactory(
            DatabaseTarget.Sqlite,
            "achievements,matching",
            new Dictionary<string, string> { ["Telemetry:Prometheus"] = "true" }
        );
        var http = host.CreateClient();
        (await http.GetAsync("/api/achievements?pageSize=1")).EnsureSuccessStatusCode();

        var scraped = await Eventually.WaitForAsync(
            () => http.GetStringAsync("/metrics"),
            text =>
                text.Contains("jjjmatch_outbox_pending{", StringComparison.Ordinal)
                && text.Contains("http_route=\"/api/achievements/\"", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30),
            "the outbox backlog and the request's duration in the scrape"
        );

        scraped.ShouldContain("# TYPE jjjmatch_outbox_pending gauge");
        scraped.ShouldContain("database=\"AchievementsDbContext\"");
        scraped.ShouldContain("otel_scope_name=\"JjjMatch\"");
        scraped.ShouldContain("# TYPE http_server_request_duration_seconds histogram");
        scraped.ShouldContain("service_name=\"jjjmatch-achievements-matching\"", Case.Sensitive, "the resource");
        var response = await http.GetAsync("/metrics");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
    }

    [Fact]
    public async Task Scrapes_are_not_rate_limited()
    {
        using var host = new JjjMatchFactory(
            DatabaseTarget.Sqlite,
            "achievements",
            new Dictionary<string, string> { ["Telemetry:Prometheus"] = "true", ["RateLimiting:PermitLimit"] = "1" }
        );
        var http = host.CreateClient();

        (await http.GetAsync("/api/achievements")).StatusCode.ShouldBe(HttpStatusCode.OK);
        for (var i = 0; i < 3; i++)
        {
            (await http.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await http.GetAsync("/api/achievements")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Off_by_default_metrics_is_404()
    {
        using var host = new JjjMatchFactory(DatabaseTarget.Sqlite, "achievements");

        (await host.CreateClient().GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
