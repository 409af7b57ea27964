using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Messaging.Tests;

/// <summary>
/// The production shape in one test: each service in its own host with its own PostgreSQL database,
/// talking only through a real RabbitMQ (a virtual host of its own).
/// </summary>
public sealed class ServiceCluster : IAsyncDisposable
{
    private readonly ServiceDatabases databases = new(DatabaseTarget.PostgreSql);
    private readonly List<JjjMatchFactory> hosts = [];

    private ServiceCluster(RabbitMqTestBroker broker) => Broker = broker;

    public RabbitMqTestBroker Broker { get; }

    public static async Task<ServiceCluster> StartAsync() => new(await RabbitMqTestBroker.CreateVirtualHostAsync());

    /// <summary>
    /// Starts one service in a host of its own; its databases outlive it, so it can be started again, and several
    /// hosts of one service share them, as replicas do. <paramref name="settings"/> add to or override the cluster's.
    /// </summary>
    public JjjMatchFactory Host(
        string service,
        IReadOnlyDictionary<string, string>? settings = null,
        Action<IServiceCollection>? services = null
    )
    {
        var all = new Dictionary<string, string>
        {
            ["Bus:Transport"] = "RabbitMq",
            ["Bus:RabbitMqUri"] = Broker.Uri,
            ["Bus:WaitUntilStarted"] = "true",
            ["Outbox:MaxRetryDelay"] = "00:00:02",
            ["Outbox:PublishTimeout"] = "00:00:03",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var host = new JjjMatchFactory(databases, service, all) { TestServices = services };
        _ = host.Services;
        hosts.Add(host);
        return host;
    }

    public static async Task<Guid> PublishAchievementAsync(HttpClient achievements, string title)
    {
        var created = await achievements.PostAsJsonAsync("/api/achievements", AchievementSamples.Valid(title));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var published = await achievements.PostAsync($"/api/achievements/{id}/publish", null);
        published.StatusCode.ShouldBe(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        return id;
    }

    public static async Task<Guid> OpenDemandAsync(HttpClient demands, string title)
    {
        var created = await demands.PostAsJsonAsync(
            "/api/demands",
            DemandSamples.Valid(DateTimeOffset.UtcNow.AddDays(30), title)
        );
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var opened = await demands.PostAsync($"/api/demands/{id}/open", null);
        opened.StatusCode.ShouldBe(HttpStatusCode.OK, await opened.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>How many times each event was applied by the matching service (its market history).</summary>
    public static Task<Dictionary<Guid, int>> AppliedEventsAsync(JjjMatchFactory matching) =>
        matching.WithScopeAsync<MatchingDbContext, Dictionary<Guid, int>>(db =>
            db.MarketEvents.GroupBy(e => e.EventId)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count)
        );

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }

        databases.Dispose();
        await Broker.DisposeAsync();
    }
}
