using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.Achievements.Domain;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Observability;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Persistence;
using JjjMatch.Matching.Engine.Matches;
using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace JjjMatch.Messaging.Tests;

/// <summary>
/// Every service twice, as the deploy files run the matcher: two achievements and two demands instances sharing their
/// databases, two matchers (each with its own embedded index) competing for the same queues. While 500 listings are
/// published, updated in bursts and a third of them withdrawn at once, one matcher is stopped and started again and the
/// other loses its broker connection. At the end the databases must say that nothing was lost, nothing applied out of
/// order, no row published twice and no pair left pending for a listing that has gone.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ReplicaTests(ITestOutputHelper output)
{
    private const int ListingsPerSide = 250;
    private const int Updates = 5;

    // Each listing: published (opened), then withdrawn (closed) for every third, updated five times for the others.
    private static readonly int ListingEvents =
        2 * Enumerable.Range(0, ListingsPerSide).Sum(n => n % 3 == 0 ? 2 : 1 + Updates);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    private static readonly string[] Topics =
    [
        "高炉煤气余热回收发电",
        "钢板表面缺陷视觉检测",
        "锂离子电池健康状态评估",
        "光伏组件热斑红外检测",
        "风电叶片裂纹无人机巡检",
        "冷轧带钢板形在线控制",
        "污水处理厂智能曝气",
        "设施农业水肥一体化",
    ];

    [Fact]
    public async Task Two_instances_of_every_service_lose_nothing_and_publish_each_row_once()
    {
        await using var cluster = await ServiceCluster.StartAsync();
        var publishes = new PublishCounter();
        JjjMatchFactory Host(string service, Dictionary<string, string>? settings = null) =>
            cluster.Host(service, settings, publishes.Watch);
        long duplicates = 0;
        using var inboxes = CountDuplicates(value => Interlocked.Add(ref duplicates, value));
        var achievements = new[] { Host("achievements"), Host("achievements") };
        var demands = new[] { Host("demands"), Host("demands") };
        var stopped = Host("matching");
        var disconnected = Host(
            "matching",
            new Dictionary<string, string> { ["Bus:RabbitMqUri"] = await cluster.Broker.AddUserAsync("matcher") }
        );
        var universities = achievements.Select(h => h.CreateClient(TestAccounts.University)).ToArray();
        var enterprises = demands.Select(h => h.CreateClient(TestAccounts.Enterprise)).ToArray();

        var clock = Stopwatch.StartNew();
        var writing = Parallel.ForEachAsync(
            Enumerable.Range(0, 2 * ListingsPerSide),
            new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, _) =>
                await (
                    i % 2 == 0
                        ? WriteAchievementAsync(universities[i / 2 % 2], i / 2)
                        : WriteDemandAsync(enterprises[i / 2 % 2], i / 2)
                )
        );
        // While the matchers work through the events: one is stopped and started again, the other loses its broker
        // connection, with messages in flight at both.
        await AppliedAsync(disconnected, ListingEvents / 5);
        await stopped.DisposeAsync();
        var restartedAt = clock.Elapsed;
        output.WriteLine($"one matcher stopped at {restartedAt.TotalSeconds:0} s");
        var restarted = Host("matching");
        await AppliedAsync(disconnected, ListingEvents / 2);
        await cluster.Broker.CloseConnectionsAsync("matcher");
        var disconnectedAt = clock.Elapsed;
        output.WriteLine($"the other's broker connection closed at {disconnectedAt.TotalSeconds:0} s");
        await writing;
        var writtenIn = clock.Elapsed;

        var state = await Eventually.WaitForAsync(
            () => StateAsync(cluster, achievements[0], demands[0], restarted),
            s => s.Settled,
            Patience,
            "every copy at its source's last state, every outbox sent, the matcher's queues empty"
        );
        var settledIn = clock.Elapsed;

        var rows = await OutboxAsync<AchievementsDbContext>(achievements[0]);
        rows.AddRange(await OutboxAsync<DemandsDbContext>(demands[0]));
        var matcherRows = await OutboxAsync<MatchingDbContext>(restarted);
        var applied = await restarted.WithScopeAsync<MatchingDbContext, Dictionary<Guid, int>>(db =>
            db.MarketEvents.GroupBy(e => e.EventId).ToDictionaryAsync(g => g.Key, g => g.Count())
        );
        var pairs = await restarted.WithScopeAsync<MatchingDbContext, List<Match>>(db =>
            db.Matches.AsNoTracking().ToListAsync()
        );
        var stranded = await restarted.WithScopeAsync<MatchingDbContext, int>(db =>
            db.Matches.CountAsync(m =>
                (m.Status == MatchStatus.Suggested || m.Status == MatchStatus.Claimed)
                && (
                    db.Achievements.Any(a => a.Id == m.AchievementId && !a.IsActive)
                    || db.Demands.Any(d => d.Id == m.DemandId && !d.IsOpen)
                )
            )
        );
        var twice = rows.Count(id => publishes.Counts.GetValueOrDefault(id) > 1);
        var matcherTwice = matcherRows.Count(id => publishes.Counts.GetValueOrDefault(id) > 1);
        output.WriteLine(
            $"{2 * ListingsPerSide} listings written through 4 hosts in {writtenIn.TotalSeconds:0} s "
                + $"({rows.Count} listing events); everything settled {settledIn.TotalSeconds:0} s after the start"
        );
        output.WriteLine(
            $"listing events applied by the matchers: {applied.Count}, "
                + $"more than once: {applied.Values.Count(n => n > 1)}"
        );
        output.WriteLine($"duplicates absorbed by the inboxes: {Interlocked.Read(ref duplicates)}");
        output.WriteLine($"listing-service outbox rows published more than once: {twice} of {rows.Count}");
        output.WriteLine(
            $"matcher outbox rows (MatchSuggested, MatchWithdrawn) published more than once: {matcherTwice} "
                + $"of {matcherRows.Count}"
        );
        output.WriteLine(
            $"pairs: {pairs.Count} stored, {pairs.Count(m => m.IsPending)} pending, "
                + $"{stranded} pending with a listing that left the market"
        );

        state.Mismatches.ShouldBeEmpty();
        rows.Count.ShouldBe(ListingEvents);
        rows.Where(id => publishes.Counts.GetValueOrDefault(id) != 1).ShouldBeEmpty("published other than once");
        matcherRows.Where(id => publishes.Counts.GetValueOrDefault(id) == 0).ShouldBeEmpty("never published");
        applied.Keys.ShouldBe(rows, ignoreOrder: true);
        applied.Values.ShouldAllBe(times => times == 1);
        pairs.GroupBy(m => (m.AchievementId, m.DemandId)).ShouldAllBe(g => g.Count() == 1);
        stranded.ShouldBe(0);
    }

    private static async Task WriteAchievementAsync(HttpClient university, int n)
    {
        var topic = Topics[n % Topics.Length];
        var created = await university.PostAsJsonAsync("/api/achievements", AchievementBody(topic, n, 0));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await OkAsync(university.PostAsync($"/api/achievements/{id}/publish", null));
        if (n % 3 == 0)
        {
            await OkAsync(university.PostAsync($"/api/achievements/{id}/withdraw", null));
            return;
        }

        for (var version = 1; version <= Updates; version++)
        {
            await OkAsync(university.PutAsJsonAsync($"/api/achievements/{id}", AchievementBody(topic, n, version)));
        }
    }

    private static async Task WriteDemandAsync(HttpClient enterprise, int n)
    {
        var topic = Topics[(n + 3) % Topics.Length];
        var created = await enterprise.PostAsJsonAsync("/api/demands", DemandBody(topic, n, 0));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await OkAsync(enterprise.PostAsync($"/api/demands/{id}/open", null));
        if (n % 3 == 0)
        {
            await OkAsync(enterprise.PostAsync($"/api/demands/{id}/close", null));
            return;
        }

        for (var version = 1; version <= Updates; version++)
        {
            await OkAsync(enterprise.PutAsJsonAsync($"/api/demands/{id}", DemandBody(topic, n, version)));
        }
    }

    private static System.Text.Json.Nodes.JsonObject AchievementBody(string topic, int n, int change) =>
        AchievementSamples
            .Valid($"{topic}关键技术 {n}-{change}")
            .With(b =>
                b["summary"] = $"本成果面向{topic}，第{change}次修订：检测准确率{90 + change}%，已完成中试验证。"
            );

    private static System.Text.Json.Nodes.JsonObject DemandBody(string topic, int n, int change) =>
        DemandSamples
            .Valid(DateTimeOffset.UtcNow.AddDays(30), $"寻求{topic}技术 {n}-{change}")
            .With(b =>
                b["problemDescription"] = $"我公司需要{topic}方案，第{change}次修改：要求效率提高{20 + change}%。"
            );

    private static async Task OkAsync(Task<HttpResponseMessage> request)
    {
        var response = await request;
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static async Task AppliedAsync(JjjMatchFactory matching, int events) =>
        await Eventually.WaitForAsync(
            () => matching.WithScopeAsync<MatchingDbContext, int>(db => db.MarketEvents.CountAsync()),
            applied => applied >= events,
            Patience,
            $"{events} events applied"
        );

    private static MeterListener CountDuplicates(Action<long> add)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == JjjMetrics.MeterName && instrument.Name == "jjjmatch.inbox.duplicates")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => add(value));
        listener.Start();
        return listener;
    }

    private static Task<List<Guid>> OutboxAsync<TContext>(JjjMatchFactory host)
        where TContext : BuildingBlocks.Persistence.ServiceDbContext =>
        host.WithScopeAsync<TContext, List<Guid>>(db => db.OutboxMessages.Select(m => m.EventId).ToListAsync());

    private static async Task<State> StateAsync(
        ServiceCluster cluster,
        JjjMatchFactory achievements,
        JjjMatchFactory demands,
        JjjMatchFactory matching
    )
    {
        var mismatches = new List<string>();
        var sourceAchievements = await achievements.WithScopeAsync<AchievementsDbContext, List<Achievement>>(db =>
            db.Achievements.AsNoTracking().Where(a => a.Status != AchievementStatus.Draft).ToListAsync()
        );
        var sourceDemands = await demands.WithScopeAsync<DemandsDbContext, List<Demand>>(db =>
            db.Demands.AsNoTracking().Where(d => d.Status != DemandStatus.Draft).ToListAsync()
        );
        var (achievementCopies, demandCopies) = await matching.WithScopeAsync<
            MatchingDbContext,
            (
                Dictionary<Guid, Matching.Engine.Listings.AchievementListing>,
                Dictionary<Guid, Matching.Engine.Listings.DemandListing>
            )
        >(async db =>
            (
                await db.Achievements.AsNoTracking().ToDictionaryAsync(a => a.Id),
                await db.Demands.AsNoTracking().ToDictionaryAsync(d => d.Id)
            )
        );
        foreach (var source in sourceAchievements)
        {
            var copy = achievementCopies.GetValueOrDefault(source.Id);
            if (
                copy is null
                || copy.Version != source.Version
                || copy.Snapshot.Title != source.Title
                || copy.Snapshot.Summary != source.Summary
                || copy.IsActive != (source.Status == AchievementStatus.Published)
            )
            {
                mismatches.Add(
                    $"achievement {source.Id} v{source.Version} {source.Status}: copy "
                        + (copy is null ? "missing" : $"v{copy.Version} active={copy.IsActive} '{copy.Snapshot.Title}'")
                );
            }
        }

        foreach (var source in sourceDemands)
        {
            var copy = demandCopies.GetValueOrDefault(source.Id);
            if (
                copy is null
                || copy.Version != source.Version
                || copy.Snapshot.Title != source.Title
                || copy.Snapshot.ProblemDescription != source.ProblemDescription
                || copy.IsOpen != (source.Status == DemandStatus.Open)
            )
            {
                mismatches.Add(
                    $"demand {source.Id} v{source.Version} {source.Status}: copy "
                        + (copy is null ? "missing" : $"v{copy.Version} open={copy.IsOpen} '{copy.Snapshot.Title}'")
                );
            }
        }

        var unsent =
            await achievements.WithScopeAsync<AchievementsDbContext, int>(db =>
                db.OutboxMessages.CountAsync(m => m.SentAt == null)
            )
            + await demands.WithScopeAsync<DemandsDbContext, int>(db =>
                db.OutboxMessages.CountAsync(m => m.SentAt == null)
            )
            + await matching.WithScopeAsync<MatchingDbContext, int>(db =>
                db.OutboxMessages.CountAsync(m => m.SentAt == null)
            );
        if (mismatches.Count > 0 || unsent > 0)
        {
            return new State(false, mismatches);
        }

        // Last: each rabbitmqctl call starts an Erlang VM.
        var queues = await cluster.Broker.QueuesAsync();
        var queued = queues.Where(q => q.Key.StartsWith("matching-", StringComparison.Ordinal)).Sum(q => q.Value);
        foreach (var failed in queues.Where(q => q.Key.EndsWith("_error", StringComparison.Ordinal) && q.Value > 0))
        {
            mismatches.Add($"{failed.Value} messages in {failed.Key}");
        }

        return new State(
            sourceAchievements.Count + sourceDemands.Count == 2 * ListingsPerSide
                && mismatches.Count == 0
                && unsent == 0
                && queued == 0,
            mismatches
        );
    }

    private sealed record State(bool Settled, List<string> Mismatches)
    {
        public override string ToString() =>
            $"{Mismatches.Count} copies differ from their source; first: {string.Join("; ", Mismatches.Take(3))}";
    }
}
