using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.Achievements.Domain;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Messaging;
using JjjMatch.Matching.Engine.Matches;
using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Engine.Suggestions;
using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JjjMatch.Matching.Tests.Engine.Suggestions;

/// <summary>Catch-up runs only when a test asks (the test factory turns its timer off).</summary>
public sealed class CatchUpHost() : JjjMatchFactory(DatabaseTarget.Sqlite, "achievements,matching");

/// <summary>Catch-up on its own timer, as a server runs it.</summary>
public sealed class TimedCatchUpHost()
    : JjjMatchFactory(
        DatabaseTarget.Sqlite,
        "achievements,matching",
        new Dictionary<string, string> { ["Matching:CatchUpInterval"] = "00:00:00.2" }
    );

/// <summary>Catch-up when a test asks; background work steps aside for callers for up to five minutes.</summary>
public sealed class YieldingCatchUpHost()
    : JjjMatchFactory(
        DatabaseTarget.Sqlite,
        "achievements,matching",
        new Dictionary<string, string> { ["Bus:ConsumersYieldFor"] = "00:05:00" }
    );

/// <summary>
/// A suggestion drawn from a much smaller market is computed again once the other side has more than doubled.
/// </summary>
public sealed class MarketCatchUpTests(CatchUpHost host) : IClassFixture<CatchUpHost>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly MatchSeed seed = new(host);

    [Fact]
    public async Task A_demand_compared_with_a_smaller_market_is_compared_again_and_its_stale_suggestion_withdrawn()
    {
        var indexed = await PublishAchievementsAsync(host, 2);
        // Made when the market had no achievement in the index (ComparedWith 0); the pair's achievement never was
        // indexed.
        var stale = await seed.SuggestAsync(
            MatchSeed.Achievement(Guid.NewGuid()),
            MatchSeed.Demand(Guid.NewGuid()),
            DateTime.UtcNow
        );
        var current = await seed.SuggestAsync(
            MatchSeed.Achievement(Guid.NewGuid()),
            MatchSeed.Demand(Guid.NewGuid()),
            DateTime.UtcNow
        );
        var currentDemand = await DemandOfAsync(current);
        await SetComparedWithAsync(currentDemand, indexed);

        (await CatchUp().CatchUpAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);

        var withdrawn = await MatchAsync(stale);
        withdrawn.Status.ShouldBe(MatchStatus.Withdrawn);
        withdrawn.WithdrawnReason.ShouldBe(SuggestionWriter.DroppedOnChange);
        (await ComparedWithAsync(withdrawn.DemandId)).ShouldBe(indexed);
        (await MatchAsync(current)).Status.ShouldBe(MatchStatus.Suggested);
        (await ComparedWithAsync(currentDemand)).ShouldBe(indexed);
    }

    [Fact]
    public async Task A_listing_refreshed_by_its_own_event_records_the_market_it_was_compared_with()
    {
        await PublishAchievementsAsync(host, 1);
        var demand = MatchSeed.Demand(Guid.NewGuid());
        var achievements = await IndexedAchievementsAsync(host);

        await host
            .Services.GetRequiredService<MassTransit.IBus>()
            .Publish(
                new Contracts.Demands.DemandOpened(Guid.CreateVersion7(), DateTimeOffset.UtcNow, "demands", demand)
            );

        await Eventually.WaitForAsync(
            () => ComparedWithAsync(demand.Id),
            n => n == achievements,
            Patience,
            "the demand's comparison recorded"
        );
    }

    private MarketCatchUp CatchUp() => host.Services.GetServices<IHostedService>().OfType<MarketCatchUp>().Single();

    /// <summary>Publishes achievements through the API and waits until the index holds them.</summary>
    public static async Task<int> PublishAchievementsAsync(JjjMatchFactory host, int count)
    {
        var http = host.CreateClient(TestAccounts.University);
        for (var i = 0; i < count; i++)
        {
            var created = await http.PostAsJsonAsync(
                "/api/achievements",
                AchievementSamples.Valid($"智能电网储能调度系统 {Guid.NewGuid():N}")
            );
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            (await http.PostAsync($"/api/achievements/{id}/publish", null)).EnsureSuccessStatusCode();
            await Eventually.WaitForAsync(
                () => host.WithScopeAsync<MatchingDbContext, bool>(db => db.Achievements.AnyAsync(a => a.Id == id)),
                found => found,
                Patience,
                "the achievement in matching"
            );
        }

        return await IndexedAchievementsAsync(host);
    }

    /// <summary>
    /// How many achievements the index holds once it has every one published through the API (listings seeded straight
    /// into the matcher's tables are never indexed).
    /// </summary>
    public static async Task<int> IndexedAchievementsAsync(JjjMatchFactory host)
    {
        var index = host.Services.GetRequiredService<IListingIndex>();
        var active = await host.WithScopeAsync<AchievementsDbContext, int>(db =>
            db.Achievements.CountAsync(a => a.Status == AchievementStatus.Published)
        );
        return await Eventually.WaitForAsync(
            () => index.CountAsync(ListingKind.Achievement),
            n => n == active,
            Patience,
            "the index caught up"
        );
    }

    private Task<Match> MatchAsync(Guid id) =>
        host.WithScopeAsync<MatchingDbContext, Match>(db => db.Matches.AsNoTracking().SingleAsync(m => m.Id == id));

    private Task<Guid> DemandOfAsync(Guid match) =>
        host.WithScopeAsync<MatchingDbContext, Guid>(db =>
            db.Matches.Where(m => m.Id == match).Select(m => m.DemandId).SingleAsync()
        );

    private Task<int> ComparedWithAsync(Guid demand) =>
        host.WithScopeAsync<MatchingDbContext, int>(db =>
            db.Demands.Where(d => d.Id == demand).Select(d => d.ComparedWith).SingleOrDefaultAsync()
        );

    private Task SetComparedWithAsync(Guid demand, int count) =>
        host.WithScopeAsync<MatchingDbContext, int>(async db =>
        {
            (await db.Demands.SingleAsync(d => d.Id == demand)).ComparedAgainst(count);
            return await db.SaveChangesAsync();
        });
}

public sealed class TimedMarketCatchUpTests(TimedCatchUpHost host) : IClassFixture<TimedCatchUpHost>
{
    [Fact]
    public async Task The_server_compares_stale_listings_again_on_its_own()
    {
        await MarketCatchUpTests.PublishAchievementsAsync(host, 1);

        var stale = await new MatchSeed(host).SuggestAsync(
            MatchSeed.Achievement(Guid.NewGuid()),
            MatchSeed.Demand(Guid.NewGuid()),
            DateTime.UtcNow
        );

        await Eventually.WaitForAsync(
            () =>
                host.WithScopeAsync<MatchingDbContext, MatchStatus>(db =>
                    db.Matches.Where(m => m.Id == stale).Select(m => m.Status).SingleAsync()
                ),
            status => status == MatchStatus.Withdrawn,
            TimeSpan.FromSeconds(30),
            "the stale suggestion withdrawn"
        );
    }
}

/// <summary>Catch-up is background work: like a consumed message, it waits while callers are answered.</summary>
public sealed class YieldingMarketCatchUpTests(YieldingCatchUpHost host) : IClassFixture<YieldingCatchUpHost>
{
    [Fact]
    public async Task Catch_up_waits_while_a_caller_is_answered()
    {
        // One achievement in the index: a demand compared with none (ComparedWith 0) is then stale.
        await MarketCatchUpTests.PublishAchievementsAsync(host, 1);
        var stale = await new MatchSeed(host).SuggestAsync(
            MatchSeed.Achievement(Guid.NewGuid()),
            MatchSeed.Demand(Guid.NewGuid()),
            DateTime.UtcNow
        );
        var callers = host.Services.GetRequiredService<CallersInFlight>();
        var catchUp = host.Services.GetServices<IHostedService>().OfType<MarketCatchUp>().Single();

        Task<int> round;
        callers.Enter();
        try
        {
            round = catchUp.CatchUpAsync(CancellationToken.None);
            await Task.Delay(500);
            round.IsCompleted.ShouldBeFalse();
        }
        finally
        {
            callers.Leave();
        }

        (await round.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBeGreaterThanOrEqualTo(1);
        var status = await host.WithScopeAsync<MatchingDbContext, MatchStatus>(db =>
            db.Matches.Where(m => m.Id == stale).Select(m => m.Status).SingleAsync()
        );
        status.ShouldBe(MatchStatus.Withdrawn);
    }
}
