using System.Diagnostics;
using System.Globalization;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace JjjMatch.Messaging.Tests;

/// <summary>
/// How soon the outbox publishes again once the broker is back, with the product's own outbox settings.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class BrokerOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(65);

    [Fact]
    public async Task After_a_broker_outage_the_outbox_publishes_again_within_seconds()
    {
        await using var cluster = await ServiceCluster.StartAsync();
        var defaults = new OutboxOptions();
        var host = cluster.Host(
            "achievements",
            new Dictionary<string, string>
            {
                ["Outbox:PublishTimeout"] = Setting(defaults.PublishTimeout),
                ["Outbox:RetryPublishTimeout"] = Setting(defaults.RetryPublishTimeout),
                ["Outbox:MaxRetryDelay"] = Setting(defaults.MaxRetryDelay),
            }
        );
        var matching = cluster.Host("matching");
        var achievements = host.CreateClient(TestAccounts.University);
        await ServiceCluster.PublishAchievementAsync(achievements, "断网之前");
        await Eventually.WaitForAsync(() => PendingAsync(host), n => n == 0, Patience, "the first event published");

        cluster.Broker.TakeDown();
        var down = Stopwatch.StartNew();
        try
        {
            for (var i = 0; i < 10; i++)
            {
                await ServiceCluster.PublishAchievementAsync(achievements, $"断网期间 {i}");
            }

            // Long enough for the retries' delays to grow: before the fix the dispatcher then waited 10 s in each
            // publish and up to 30 s between them, and found the broker back 10 s or more after its return.
            await Task.Delay(Outage - down.Elapsed);
        }
        finally
        {
            cluster.Broker.BringBack();
        }

        var back = Stopwatch.StartNew();
        await Eventually.WaitForAsync(() => PendingAsync(host), n => n == 0, Patience, "the outbox published");
        var published = back.Elapsed;
        // The consumer side reconnects on MassTransit's own schedule; measured for the record, not asserted.
        await Eventually.WaitForAsync(
            () => ServiceCluster.AppliedEventsAsync(matching),
            a => a.Count == 11,
            Patience,
            "every event applied"
        );
        output.WriteLine(
            $"broker down for {(down.Elapsed - back.Elapsed).TotalSeconds:0} s; after it came back the outbox "
                + $"was empty in {published.TotalSeconds:0.0} s, the matcher had every event in "
                + $"{back.Elapsed.TotalSeconds:0.0} s"
        );
        published.ShouldBeLessThan(TimeSpan.FromSeconds(6));
    }

    private static string Setting(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);

    private static Task<int> PendingAsync(JjjMatchFactory host) =>
        host.WithScopeAsync<AchievementsDbContext, int>(db => db.OutboxMessages.CountAsync(m => m.SentAt == null));
}
