using System.Net;
using System.Text.Json;
using JjjMatch.Testing;

namespace JjjMatch.Host.Tests;

public sealed class EmbeddedHost() : JjjMatchFactory(DatabaseTarget.Sqlite);

/// <summary>The health endpoints of the embedded default: JSON naming each check, no broker among them.</summary>
public sealed class HealthEndpointTests(EmbeddedHost host) : IClassFixture<EmbeddedHost>
{
    [Fact]
    public async Task Readiness_names_each_database_outbox_the_index_and_the_bus()
    {
        var (code, root) = await GetAsync("/health/ready");

        code.ShouldBe(HttpStatusCode.OK);
        root.GetProperty("status").GetString().ShouldBe("Healthy", root.ToString());
        var entries = root.GetProperty("entries").EnumerateObject().ToDictionary(e => e.Name, e => e.Value);
        entries.Keys.ShouldBe(
            [
                "achievements-database",
                "achievements-outbox",
                "demands-database",
                "demands-outbox",
                "matching-database",
                "matching-outbox",
                "matching-index",
                "accounts-database",
                "accounts-outbox",
                "notifications-database",
                "notifications-outbox",
                "bus",
            ],
            ignoreOrder: true
        );
        var outbox = entries["matching-outbox"].GetProperty("data");
        outbox.GetProperty("unsent").GetInt32().ShouldBe(0);
        outbox.GetProperty("oldestUnsentAgeSeconds").GetDouble().ShouldBe(0);
        outbox.GetProperty("degradedBacklog").GetInt32().ShouldBe(1000);
    }

    [Fact]
    public async Task Liveness_is_the_process_alone_with_the_services_it_hosts()
    {
        var (code, root) = await GetAsync("/health/live");

        code.ShouldBe(HttpStatusCode.OK);
        var entries = root.GetProperty("entries").EnumerateObject().ToList();
        entries.Select(e => e.Name).ShouldBe(["process"]);
        entries[0]
            .Value.GetProperty("data")
            .GetProperty("services")
            .GetString()
            .ShouldBe("achievements,demands,matching,accounts,notifications");
    }

    private async Task<(HttpStatusCode Code, JsonElement Root)> GetAsync(string path)
    {
        using var response = await host.CreateClient().GetAsync(path);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }
}
