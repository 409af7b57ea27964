using JjjMatch.Contracts.Achievements;
using JjjMatch.Contracts.Shared;
using JjjMatch.Matching.Engine.Consumers;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Matching.Tests.Engine.Listings;

/// <summary>
/// Replicas apply the events of one listing side by side and in any order; the version each snapshot carries puts them
/// back in order, and a withdrawal stays a withdrawal whatever arrives after it.
/// </summary>
public sealed class ListingOrderTests
{
    private const int Updates = 5;

    [Theory]
    [InlineData(DatabaseTarget.Sqlite)]
    [InlineData(DatabaseTarget.PostgreSql)]
    public async Task Events_of_one_listing_applied_at_once_in_any_order_leave_the_copy_at_its_last_state(
        DatabaseTarget target
    )
    {
        await using var host = new JjjMatchFactory(target, "matching");
        var services = host.Services;
        var listings = Enumerable.Range(0, 12).Select(i => (Id: Guid.CreateVersion7(), Leaves: i % 2 == 0)).ToList();
        var random = new Random(18);
        var events = listings.SelectMany(l => Events(l.Id, l.Leaves)).OrderBy(_ => random.Next()).ToList();

        await Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (apply, _) =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            await apply(scope.ServiceProvider.GetRequiredService<ListingEventApplier>());
        });

        var copies = await host.WithScopeAsync<MatchingDbContext, Dictionary<Guid, AchievementListing>>(db =>
            db.Achievements.AsNoTracking().ToDictionaryAsync(a => a.Id)
        );
        foreach (var (id, leaves) in listings)
        {
            var copy = copies[id];
            copy.Version.ShouldBe(leaves ? Updates + 2 : Updates + 1, id.ToString());
            copy.Snapshot.Title.ShouldBe(Title(Updates));
            copy.IsActive.ShouldBe(!leaves, id.ToString());
        }
    }

    [Fact]
    public async Task A_withdrawal_that_arrives_before_the_publication_keeps_the_achievement_out_of_the_market()
    {
        await using var host = new JjjMatchFactory(DatabaseTarget.Sqlite, "matching");
        var id = Guid.CreateVersion7();
        var published = Snapshot(id, version: 1, Title(0), "Published");
        var withdrawn = Snapshot(id, version: 2, Title(0), "Withdrawn");

        await host.WithScopeAsync<ListingEventApplier, bool>(async applier =>
        {
            await applier.LeaveAsync(
                AchievementEventsConsumer.Side,
                new AchievementWithdrawn(Guid.CreateVersion7(), DateTimeOffset.UtcNow, "tests", id, withdrawn),
                id,
                withdrawn,
                "achievement withdrawn"
            );
            await applier.PutAsync(
                AchievementEventsConsumer.Side,
                new AchievementPublished(Guid.CreateVersion7(), DateTimeOffset.UtcNow, "tests", published),
                published
            );
            return true;
        });

        var copy = await host.WithScopeAsync<MatchingDbContext, AchievementListing>(db =>
            db.Achievements.AsNoTracking().SingleAsync(a => a.Id == id)
        );
        copy.IsActive.ShouldBeFalse();
        copy.Version.ShouldBe(2);
        copy.Snapshot.Status.ShouldBe("Withdrawn");
    }

    // Published (version 1), changed five times (2 to 6) and, for some, withdrawn (7).
    private static IEnumerable<Func<ListingEventApplier, Task>> Events(Guid id, bool leaves)
    {
        var published = Snapshot(id, 1, Title(0), "Published");
        yield return applier =>
            applier.PutAsync(
                AchievementEventsConsumer.Side,
                new AchievementPublished(Guid.CreateVersion7(), DateTimeOffset.UtcNow, "tests", published),
                published
            );
        for (var change = 1; change <= Updates; change++)
        {
            var updated = Snapshot(id, change + 1, Title(change), "Published");
            yield return applier =>
                applier.PutAsync(
                    AchievementEventsConsumer.Side,
                    new AchievementUpdated(Guid.CreateVersion7(), DateTimeOffset.UtcNow, "tests", updated),
                    updated
                );
        }

        if (leaves)
        {
            var withdrawn = Snapshot(id, Updates + 2, Title(Updates), "Withdrawn");
            yield return applier =>
                applier.LeaveAsync(
                    AchievementEventsConsumer.Side,
                    new AchievementWithdrawn(Guid.CreateVersion7(), DateTimeOffset.UtcNow, "tests", id, withdrawn),
                    id,
                    withdrawn,
                    "achievement withdrawn"
                );
        }
    }

    private static string Title(int change) => $"储能电站电池健康状态评估 第{change}版";

    // Every snapshot taken at the same moment: only the version can tell them apart.
    private static AchievementSnapshot Snapshot(Guid id, int version, string title, string status) =>
        new(
            id,
            title,
            "基于电化学阻抗谱的锂离子电池健康状态快速评估。",
            ["储能"],
            "新能源与智能电网-储能",
            null,
            new Maturity(Maturity.Trl, 6),
            [],
            CooperationModes.Assignment,
            PriceRange.Negotiable,
            "华北电力大学（保定）",
            Guid.Empty,
            new Region(Province.Hebei, "保定"),
            status,
            new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero),
            version
        );
}
