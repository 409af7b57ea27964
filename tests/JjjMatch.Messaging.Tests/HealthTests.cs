using System.Net;
using System.Text.Json;
using JjjMatch.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JjjMatch.Messaging.Tests;

/// <summary>
/// What a load balancer and an operator read from /health/ready and /health/live in the production shape: each
/// dependency by name, Degraded (200) while the broker is down, Unhealthy (503) when the database is.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class HealthTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_broker_outage_degrades_readiness_and_the_outbox_backlog_shows_in_it_until_the_broker_is_back()
    {
        await using var cluster = await ServiceCluster.StartAsync();
        var host = cluster.Host("achievements", new Dictionary<string, string> { ["Outbox:DegradedBacklog"] = "2" });
        var http = host.CreateClient();
        var achievements = host.CreateClient(TestAccounts.University);

        var before = await ReadinessAsync(http);
        before.Code.ShouldBe(HttpStatusCode.OK);
        before.Status.ShouldBe("Healthy", before.Json);
        before.Entries.Keys.ShouldBe(
            ["achievements-database", "achievements-outbox", "broker", "bus"],
            ignoreOrder: true
        );
        before.Entries.Values.ShouldAllBe(status => status == "Healthy", before.Json);

        cluster.Broker.TakeDown();
        try
        {
            var down = await Eventually.WaitForAsync(
                () => ReadinessAsync(http),
                r => r.Entries["broker"] == "Degraded",
                Patience,
                "the broker entry degraded"
            );
            down.Code.ShouldBe(HttpStatusCode.OK, "Degraded still takes traffic");
            down.Status.ShouldBe("Degraded");
            down.Entries["achievements-database"].ShouldBe("Healthy");
            down.Entries["achievements-outbox"].ShouldBe("Healthy", "nothing waits yet");

            for (var i = 0; i < 3; i++)
            {
                await ServiceCluster.PublishAchievementAsync(achievements, $"断网期间的成果 {i}");
            }

            var backlog = await Eventually.WaitForAsync(
                () => ReadinessAsync(http),
                r => Data(r, "oldestUnsentAgeSeconds").GetDouble() > 1,
                Patience,
                "the oldest unsent event's age growing"
            );
            backlog.Code.ShouldBe(HttpStatusCode.OK);
            backlog.Entries["achievements-outbox"].ShouldBe("Degraded", backlog.Json);
            Data(backlog, "unsent").GetInt32().ShouldBe(3);
        }
        finally
        {
            cluster.Broker.BringBack();
        }

        var after = await Eventually.WaitForAsync(
            () => ReadinessAsync(http),
            r => r.Status == "Healthy",
            Patience,
            "readiness healthy again"
        );
        Data(after, "unsent").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_database_that_refuses_connections_makes_the_service_unready_while_it_stays_live()
    {
        await using var cluster = await ServiceCluster.StartAsync();
        var host = cluster.Host("demands");
        var http = host.CreateClient();
        (await ReadinessAsync(http)).Code.ShouldBe(HttpStatusCode.OK);
        var database = new NpgsqlConnectionStringBuilder(
            host.Services.GetRequiredService<IConfiguration>().GetConnectionString("Demands")
        ).Database!;

        await SetConnectionsAsync(database, allowed: false);
        try
        {
            var down = await Eventually.WaitForAsync(
                () => ReadinessAsync(http),
                r => r.Code == HttpStatusCode.ServiceUnavailable,
                Patience,
                "readiness 503"
            );
            down.Status.ShouldBe("Unhealthy");
            down.Entries["demands-database"].ShouldBe("Unhealthy", down.Json);
            down.Entries["broker"].ShouldBe("Healthy");

            using var live = await http.GetAsync("/health/live");
            live.StatusCode.ShouldBe(HttpStatusCode.OK);
            var body = JsonDocument.Parse(await live.Content.ReadAsStringAsync()).RootElement;
            body.GetProperty("entries")
                .GetProperty("process")
                .GetProperty("data")
                .GetProperty("services")
                .GetString()
                .ShouldBe("demands");
        }
        finally
        {
            await SetConnectionsAsync(database, allowed: true);
        }

        await Eventually.WaitForAsync(
            () => ReadinessAsync(http),
            r => r.Code == HttpStatusCode.OK,
            Patience,
            "readiness 200 again"
        );
    }

    private sealed record Readiness(
        HttpStatusCode Code,
        string Status,
        Dictionary<string, string> Entries,
        string Json
    );

    private static async Task<Readiness> ReadinessAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/health/ready");
        var json = await response.Content.ReadAsStringAsync();
        var root = JsonDocument.Parse(json).RootElement;
        return new Readiness(
            response.StatusCode,
            root.GetProperty("status").GetString()!,
            root.GetProperty("entries")
                .EnumerateObject()
                .ToDictionary(e => e.Name, e => e.Value.GetProperty("status").GetString()!),
            json
        );
    }

    private static JsonElement Data(Readiness readiness, string name) =>
        JsonDocument
            .Parse(readiness.Json)
            .RootElement.GetProperty("entries")
            .GetProperty("achievements-outbox")
            .GetProperty("data")
            .GetProperty(name);

    /// <summary>A database outage of one service only: new connections are refused, open ones are ended.</summary>
    private static async Task SetConnectionsAsync(string database, bool allowed)
    {
        await using var admin = new NpgsqlConnection(TestServers.PostgreSql + ";Database=postgres;Pooling=false");
        await admin.OpenAsync();
        await using var alter = new NpgsqlCommand(
            $"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS {(allowed ? "true" : "false")}",
            admin
        );
        await alter.ExecuteNonQueryAsync();
        if (!allowed)
        {
            await using var end = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @database",
                admin
            );
            end.Parameters.AddWithValue("database", database);
            await end.ExecuteNonQueryAsync();
        }
    }
}
