using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.Contracts.Achievements;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Messaging.Tests;

/// <summary>
/// Instances of one service share its outbox: each row is leased to one dispatcher, on SQLite (one file, the in-memory
/// bus of each host) and on PostgreSQL (over RabbitMQ).
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class OutboxLeaseTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Theory]
    [InlineData(DatabaseTarget.Sqlite)]
    [InlineData(DatabaseTarget.PostgreSql)]
    public async Task Two_instances_of_a_service_publish_each_outbox_row_once(DatabaseTarget target)
    {
        var publishes = new PublishCounter();
        await using var instances = await Instances.StartAsync(target, 2, publishes);
        var clients = instances.Hosts.Select(h => h.CreateClient(TestAccounts.University)).ToArray();

        await Parallel.ForEachAsync(
            Enumerable.Range(0, 60),
            new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (i, _) => await ServiceCluster.PublishAchievementAsync(clients[i % 2], $"两个实例共享的发件箱 {i}")
        );

        var rows = await Eventually.WaitForAsync(
            () =>
                instances
                    .Hosts[0]
                    .WithScopeAsync<AchievementsDbContext, List<OutboxMessage>>(db =>
                        db.OutboxMessages.AsNoTracking().ToListAsync()
                    ),
            r => r.Count == 60 && r.All(m => m.SentAt != null),
            Patience,
            "every row sent"
        );
        await Task.Delay(1000);
        rows.ShouldAllBe(m => publishes.Counts.GetValueOrDefault(m.EventId) == 1);
        // Each instance's writes wake its own dispatcher, so both took part.
        rows.Select(m => m.LeasedBy).Distinct().Count().ShouldBe(2);
        rows.ShouldAllBe(m => m.LeasedUntil == null);
    }

    [Theory]
    [InlineData(DatabaseTarget.Sqlite)]
    [InlineData(DatabaseTarget.PostgreSql)]
    public async Task A_row_leased_by_a_dispatcher_that_died_is_published_once_its_lease_has_run_out(
        DatabaseTarget target
    )
    {
        var publishes = new PublishCounter();
        await using var instances = await Instances.StartAsync(target, 1, publishes);
        var host = instances.Hosts[0];
        var orphan = IntegrationEventSerializer.ToOutboxMessage(
            new AchievementWithdrawn(Guid.CreateVersion7(), DateTimeOffset.UtcNow, "tests", Guid.NewGuid())
        );
        orphan.LeasedBy = "an instance that died";
        orphan.LeasedUntil = DateTime.UtcNow.AddSeconds(8);

        await host.WithScopeAsync<AchievementsDbContext, int>(db =>
        {
            db.OutboxMessages.Add(orphan);
            return db.SaveChangesAsync();
        });

        await Task.Delay(TimeSpan.FromSeconds(3));
        publishes.Counts.GetValueOrDefault(orphan.EventId).ShouldBe(0);
        await Eventually.WaitForAsync(
            () => Task.FromResult(publishes.Counts.GetValueOrDefault(orphan.EventId)),
            n => n > 0,
            Patience,
            "the orphaned row published"
        );
        await Task.Delay(1500);
        publishes.Counts[orphan.EventId].ShouldBe(1);
    }

    /// <summary>Instances of the achievements service on one set of databases.</summary>
    private sealed class Instances : IAsyncDisposable
    {
        private readonly ServiceCluster? cluster;
        private readonly ServiceDatabases? databases;

        private Instances(ServiceCluster? cluster, ServiceDatabases? databases, List<JjjMatchFactory> hosts)
        {
            this.cluster = cluster;
            this.databases = databases;
            Hosts = hosts;
        }

        public List<JjjMatchFactory> Hosts { get; }

        public static async Task<Instances> StartAsync(DatabaseTarget target, int count, PublishCounter publishes)
        {
            if (target == DatabaseTarget.PostgreSql)
            {
                var cluster = await ServiceCluster.StartAsync();
                return new Instances(
                    cluster,
                    null,
                    [.. Enumerable.Range(0, count).Select(_ => cluster.Host("achievements", services: publishes.Watch))]
                );
            }

            var databases = new ServiceDatabases(DatabaseTarget.Sqlite);
            var hosts = Enumerable
                .Range(0, count)
                .Select(_ => new JjjMatchFactory(databases, "achievements", new Dictionary<string, string>())
                {
                    TestServices = publishes.Watch,
                })
                .ToList();
            hosts.ForEach(h => _ = h.Services);
            return new Instances(null, databases, hosts);
        }

        public async ValueTask DisposeAsync()
        {
            if (cluster is not null)
            {
                await cluster.DisposeAsync();
                return;
            }

            foreach (var host in Hosts)
            {
                await host.DisposeAsync();
            }

            databases?.Dispose();
        }
    }
}
