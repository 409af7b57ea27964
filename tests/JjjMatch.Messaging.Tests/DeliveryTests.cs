using JjjMatch.Contracts.Achievements;
using JjjMatch.Contracts.Shared;
using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Messaging.Tests;

/// <summary>
/// No event lost, none applied twice: the services as separate hosts over the real broker. They share the
/// broker node (one test stops it), so they run one at a time.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class DeliveryTests
{
    // Generous: on a 2-core machine under load, 120 events each refreshing suggestions can take a while.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_published_achievement_reaches_the_matching_service_exactly_once()
    {
        await using var cluster = await ServiceCluster.StartAsync();
        var achievements = cluster.Host("achievements").CreateClient(TestAccounts.University);
        var matching = cluster.Host("matching");

        var id = await ServiceCluster.PublishAchievementAsync(achievements, "跨进程发布的成果");

        var listing = await Eventually.WaitForAsync(
            () =>
                matching.WithScopeAsync<MatchingDbContext, Matching.Engine.Listings.AchievementListing?>(db =>
                    db.Achievements.FirstOrDefaultAsync(a => a.Id == id)
                ),
            l => l is not null,
            Patience,
            "the achievement in the matching database"
        );
        listing!.Snapshot.Title.ShouldBe("跨进程发布的成果");
        listing.IsActive.ShouldBeTrue();
        await Task.Delay(1000);
        (await ServiceCluster.AppliedEventsAsync(matching)).Values.ShouldBe([1]);
    }

    [Fact]
    public async Task Three_services_in_three_hosts_turn_an_achievement_and_a_demand_into_a_published_suggestion()
    {
        await using var cluster = await ServiceCluster.StartAsync();
        var achievements = cluster.Host("achievements").CreateClient(TestAccounts.University);
        var demands = cluster.Host("demands").CreateClient(TestAccounts.Enterprise);
        var matching = cluster.Host("matching");

        var achievement = await ServiceCluster.PublishAchievementAsync(achievements, "高炉煤气余热回收发电关键技术");
        var demand = await ServiceCluster.OpenDemandAsync(demands, "高炉煤气余热回收利用技术攻关");

        var match = await Eventually.WaitForAsync(
            () =>
                matching.WithScopeAsync<MatchingDbContext, Matching.Engine.Matches.Match?>(db =>
                    db.Matches.FirstOrDefaultAsync(m => m.AchievementId == achievement && m.DemandId == demand)
                ),
            m => m is not null,
            Patience,
            "the suggestion"
        );
        await Eventually.WaitForAsync(
            () =>
                matching.WithScopeAsync<MatchingDbContext, bool>(db =>
                    db.OutboxMessages.AnyAsync(m => m.SentAt != null && m.Payload.Contains(match!.Id.ToString()))
                ),
            sent => sent,
            Patience,
            "MatchSuggested published to the broker"
        );
        (await ServiceCluster.AppliedEventsAsync(matching)).Values.ShouldAllBe(times => times == 1);
    }

    [Fact]
    public async Task Events_written_while_the_broker_is_down_all_arrive_once_it_is_back()
    {
        await using var cluster = await ServiceCluster.StartAsync();
        var achievements = cluster.Host("achievements").CreateClient(TestAccounts.University);
        var matching = cluster.Host("matching");

        cluster.Broker.TakeDown();
        try
        {
            for (var i = 0; i < 200; i++)
            {
                await ServiceCluster.PublishAchievementAsync(achievements, $"断网期间发布 {i}");
            }
        }
        finally
        {
            cluster.Broker.BringBack();
        }

        var applied = await Eventually.WaitForAsync(
            () => ServiceCluster.AppliedEventsAsync(matching),
            a => a.Count >= 200,
            Patience,
            "200 applied events"
        );
        await Task.Delay(2000);
        applied = await ServiceCluster.AppliedEventsAsync(matching);
        applied.Count.ShouldBe(200);
        applied.Values.ShouldAllBe(times => times == 1);
    }

    [Fact]
    public async Task A_consumer_stopped_mid_stream_loses_and_doubles_nothing()
    {
        await using var cluster = await ServiceCluster.StartAsync();
        var achievements = cluster.Host("achievements").CreateClient(TestAccounts.University);
        var matching = cluster.Host("matching");

        for (var i = 0; i < 60; i++)
        {
            await ServiceCluster.PublishAchievementAsync(achievements, $"消费者重启前 {i}");
        }

        await Eventually.WaitForAsync(
            () => ServiceCluster.AppliedEventsAsync(matching),
            a => a.Count >= 10,
            Patience,
            "the first events applied"
        );
        await matching.DisposeAsync();
        for (var i = 0; i < 60; i++)
        {
            await ServiceCluster.PublishAchievementAsync(achievements, $"消费者停机期间 {i}");
        }

        var restarted = cluster.Host("matching");
        var applied = await Eventually.WaitForAsync(
            () => ServiceCluster.AppliedEventsAsync(restarted),
            a => a.Count >= 120,
            Patience,
            "120 applied events"
        );
        await Task.Delay(1000);
        applied = await ServiceCluster.AppliedEventsAsync(restarted);
        applied.Count.ShouldBe(120);
        applied.Values.ShouldAllBe(times => times == 1);
    }

    [Fact]
    public async Task The_same_message_delivered_twice_has_one_effect()
    {
        await using var cluster = await ServiceCluster.StartAsync();
        var matching = cluster.Host("matching");
        var message = Published(Snapshot("重复投递的成果"));

        await using (var producer = await TestProducer.ConnectAsync(cluster.Broker))
        {
            await producer.PublishAsync(message);
            await producer.PublishAsync(message);
            await producer.PublishAsync(Published(Snapshot("之后的成果")));
        }

        var applied = await Eventually.WaitForAsync(
            () => ServiceCluster.AppliedEventsAsync(matching),
            a => a.Count >= 2,
            Patience,
            "both events"
        );
        await Task.Delay(1000);
        applied = await ServiceCluster.AppliedEventsAsync(matching);
        applied[message.EventId].ShouldBe(1);
        applied.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_message_that_always_fails_goes_to_the_error_queue_and_the_rest_keep_flowing()
    {
        await using var cluster = await ServiceCluster.StartAsync();
        var matching = cluster.Host("matching");
        var poison = Published(Snapshot(title: ""));
        var healthy = Published(Snapshot("毒消息之后的成果"));

        await using (var producer = await TestProducer.ConnectAsync(cluster.Broker))
        {
            await producer.PublishAsync(poison);
            await producer.PublishAsync(healthy);
        }

        await Eventually.WaitForAsync(
            () => ServiceCluster.AppliedEventsAsync(matching),
            a => a.ContainsKey(healthy.EventId),
            Patience,
            "the healthy event"
        );
        var queues = await Eventually.WaitForAsync(
            cluster.Broker.QueuesAsync,
            q => q.GetValueOrDefault("matching-achievement-events_error") == 1,
            Patience,
            "one message in the error queue"
        );
        queues["matching-achievement-events"].ShouldBe(0);
        (await ServiceCluster.AppliedEventsAsync(matching)).ShouldNotContainKey(poison.EventId);
    }

    private static AchievementPublished Published(AchievementSnapshot snapshot) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, "tests", snapshot);

    private static AchievementSnapshot Snapshot(string title) =>
        new(
            Guid.CreateVersion7(),
            title,
            "测试摘要",
            ["测试"],
            "电子信息",
            null,
            new Maturity(Maturity.Trl, 5),
            [],
            CooperationModes.Assignment,
            PriceRange.Negotiable,
            "天津大学",
            Guid.Empty,
            new Region(Province.Tianjin, null),
            "Published",
            DateTimeOffset.UtcNow
        );
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrokerCollection
{
    public const string Name = "broker";
}
