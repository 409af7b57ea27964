using JjjMatch.Bench.Speed.Generation;
using JjjMatch.Contracts.Demands;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Scoring;

namespace JjjMatch.Bench.Speed;

/// <summary>The market the benchmark runs on: the first N achievements and M demands of a listing source.</summary>
public sealed class SpeedMarket
{
    private SpeedMarket(
        IListingSource source,
        IReadOnlyList<GeneratedAchievement> achievements,
        IReadOnlyList<DemandSnapshot> demands
    )
    {
        Source = source;
        Achievements = achievements;
        Demands = demands;
        AchievementProfiles = [.. achievements.Select(a => a.Snapshot.ToProfile())];
        DemandProfiles = [.. demands.Select(d => d.ToProfile())];
    }

    public IListingSource Source { get; }

    public IReadOnlyList<GeneratedAchievement> Achievements { get; }

    public IReadOnlyList<DemandSnapshot> Demands { get; }

    public IReadOnlyList<AchievementProfile> AchievementProfiles { get; }

    public IReadOnlyList<DemandProfile> DemandProfiles { get; }

    public static SpeedMarket Create(IListingSource source, int achievements, int demands)
    {
        ArgumentNullException.ThrowIfNull(source);
        var generatedAchievements = new GeneratedAchievement[achievements];
        var generatedDemands = new DemandSnapshot[demands];
        Parallel.For(0, achievements, i => generatedAchievements[i] = source.Achievement(i));
        Parallel.For(0, demands, i => generatedDemands[i] = source.Demand(i));
        return new SpeedMarket(source, generatedAchievements, generatedDemands);
    }

    /// <summary>Listings that are not in the market yet, for the end-to-end runs to publish.</summary>
    public GeneratedAchievement NewAchievement(int k) => Source.Achievement(Achievements.Count + k);

    public DemandSnapshot NewDemand(int k) => Source.Demand(Demands.Count + k);
}
