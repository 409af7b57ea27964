using System.Diagnostics;
using JjjMatch.Bench.Speed.Matcher;
using JjjMatch.Bench.Speed.Measure;
using JjjMatch.Matching.Engine.Listings;

namespace JjjMatch.Bench.Speed.Baselines;

public sealed record BaselineFigures(
    string Engine,
    double AchievementsPerSecond,
    LatencyStats DemandToAchievements,
    LatencyStats AchievementToDemands,
    double MeanQueryTerms
);

/// <summary>
/// The matcher's two retrievals done by a baseline engine over the same texts, with the same query texts.
/// </summary>
public static class BaselinePhase
{
    public static async Task<BaselineFigures> RunAsync(
        Func<IBaselineIndex> create,
        SpeedMarket market,
        int queries,
        TimeSpan budget,
        TextWriter log,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(market);
        await using var achievements = create();
        await using var demands = create();
        var built = Stopwatch.GetTimestamp();
        await achievements.BuildAsync([.. market.AchievementProfiles.Select(BaselineText.Document)], cancellationToken);
        var achievementsPerSecond = market.AchievementProfiles.Count / Stopwatch.GetElapsedTime(built).TotalSeconds;
        await demands.BuildAsync([.. market.DemandProfiles.Select(BaselineText.Document)], cancellationToken);
        log.WriteLine($"  {achievements.Name}: built in {Stopwatch.GetElapsedTime(built).TotalSeconds:0.0} s");

        var demandQueries = MatcherPhase
            .Spread(market.DemandProfiles, queries)
            .Select(d => BaselineText.QueryTerms(d.QueryText()))
            .ToList();
        var achievementQueries = MatcherPhase
            .Spread(market.AchievementProfiles, queries)
            .Select(a => BaselineText.QueryTerms(a.QueryText()))
            .ToList();
        var demandLatency = await TimeAsync(achievements, demandQueries, budget, cancellationToken);
        log.WriteLine(
            $"  {achievements.Name}: demand -> top {MatcherPhase.Top} achievements p50 "
                + $"{demandLatency.P50:0.00} ms, p95 {demandLatency.P95:0.00} ms (n={demandLatency.Count})"
        );
        var achievementLatency = await TimeAsync(demands, achievementQueries, budget, cancellationToken);
        return new BaselineFigures(
            achievements.Name,
            achievementsPerSecond,
            demandLatency,
            achievementLatency,
            demandQueries.Average(q => q.Count)
        );
    }

    /// <summary>
    /// Times the queries one after another, after a warm-up of 10; stops early once the budget is spent.
    /// </summary>
    private static async Task<LatencyStats> TimeAsync(
        IBaselineIndex index,
        List<IReadOnlyList<string>> queries,
        TimeSpan budget,
        CancellationToken cancellationToken
    )
    {
        for (var i = 0; i < Math.Min(10, queries.Count); i++)
        {
            await index.SearchAsync(queries[i], MatcherPhase.Top, cancellationToken);
        }

        var milliseconds = new List<double>(queries.Count);
        var started = Stopwatch.GetTimestamp();
        foreach (var query in queries)
        {
            var one = Stopwatch.GetTimestamp();
            await index.SearchAsync(query, MatcherPhase.Top, cancellationToken);
            milliseconds.Add(Stopwatch.GetElapsedTime(one).TotalMilliseconds);
            if (Stopwatch.GetElapsedTime(started) > budget)
            {
                break;
            }
        }

        return LatencyStats.Of(milliseconds);
    }
}
