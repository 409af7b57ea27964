using JjjMatch.Contracts.Shared;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Scoring;
using JjjMatch.Matching.Engine.Search;

namespace JjjMatch.Matching.Tests.Engine.Scoring;

public sealed class MatchFinderTests : IDisposable
{
    private readonly EmbeddedIndex index = new();
    private readonly InMemoryMatchProfiles profiles = new();
    private readonly MatchFinder finder;

    public MatchFinderTests() =>
        finder = new MatchFinder(index, profiles, new MatchScorer(new MatchingOptions()), new FixedClock(Profiles.Now));

    [Fact]
    public async Task Finds_achievements_for_a_demand_best_first_with_explanations()
    {
        var close = await Add(Profiles.Achievement(title: "馈能悬架减振器", summary: "回收车辆悬架振动能量"));
        var far = await Add(Profiles.Achievement(title: "悬架设计", summary: "一种悬架"));
        await Add(Profiles.Achievement(title: "熵编码算法", summary: "视频压缩"));

        var matches = await finder.FindAchievementsForAsync(
            Profiles.Demand(description: "回收悬架振动能量的减振器"),
            10
        );

        matches.Select(m => m.AchievementId).ShouldBe([close.Id, far.Id]);
        matches[0].Score.MatchedTerms.ShouldContain("减振");
        matches[0].Score.Total.ShouldBeGreaterThan(matches[1].Score.Total);
    }

    [Fact]
    public async Task Structured_factors_reorder_candidates_of_equal_text()
    {
        var fromBeijing = await Add(
            Profiles.Achievement(title: "污水处理膜") with
            {
                Region = new Region(Province.Beijing, null),
            }
        );
        var unknownRegion = await Add(Profiles.Achievement(title: "污水处理膜"));
        var demand = Profiles.Demand(description: "污水处理膜") with
        {
            Region = new Region(Province.Hebei, "Cangzhou"),
        };

        var matches = await finder.FindAchievementsForAsync(demand, 10);

        matches.Select(m => m.AchievementId).ShouldBe([fromBeijing.Id, unknownRegion.Id]);
        matches[0].Score.ContributionOf(MatchFactorNames.Region).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Finds_open_demands_for_an_achievement_and_skips_expired_ones()
    {
        var open = await Add(Profiles.Demand(description: "需要锂电池回收技术"));
        await Add(Profiles.Demand(description: "需要锂电池回收工艺") with { Deadline = Profiles.Now.AddDays(-1) });

        var matches = await finder.FindDemandsForAsync(
            Profiles.Achievement(title: "锂电池回收", summary: "正极材料再生"),
            10
        );

        matches.Select(m => m.DemandId).ShouldBe([open.Id]);
    }

    [Fact]
    public async Task A_closed_demand_or_unpublished_achievement_gets_no_matches()
    {
        await Add(Profiles.Achievement(title: "储能电池"));
        await Add(Profiles.Demand(description: "储能电池"));

        (
            await finder.FindAchievementsForAsync(Profiles.Demand(description: "储能电池") with { IsOpen = false }, 10)
        ).ShouldBeEmpty();
        (
            await finder.FindDemandsForAsync(Profiles.Achievement(title: "储能电池") with { IsPublished = false }, 10)
        ).ShouldBeEmpty();
    }

    public void Dispose() => index.Dispose();

    private async Task<AchievementProfile> Add(AchievementProfile achievement)
    {
        profiles.Put(achievement);
        await index.UpsertAsync([achievement.ToListingDocument()]);
        return achievement;
    }

    private async Task<DemandProfile> Add(DemandProfile demand)
    {
        profiles.Put(demand);
        await index.UpsertAsync([demand.ToListingDocument()]);
        return demand;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
