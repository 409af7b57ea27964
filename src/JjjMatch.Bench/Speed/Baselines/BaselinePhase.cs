using System.Diagnostics;
using JjjMatch.Bench.Speed.Matcher;
using JjjMatch.Bench.Speed.Measure;

namespace JjjMatch.Bench.Speed.Baselines;

public sealed record BaselineFigures(
    string Engine,
    double AchievementsPerSecond,
    LatencyStats DemandToAchievements,
    LatencyStats AchievementToDemands,
    double MeanQueryTerms
)
{
    /// <summary>Managed heap growth while the achievements index was built and opened (GC.GetTotalMemory).</summary>
    public double? HeapMiB { get; init; }

    /// <summary>For an engine on files: opening the committed achievements index, its size, resident pages.</summary>
    public TimeSpan? OpenTime { get; init; }

    public double? DiskMiB { get; init; }

    public double? MappedResidentMiB { get; init; }
}

/// <summary>
/// The matcher's two retrievals done by a baseline engine over the same texts, with the same selected terms.
/// </summary>
public static class BaselinePhase
{
    public static async Task<BaselineFigures> RunAsync(
        Func<IBaselineIndex> create,
        SpeedMarket market,
        BaselineQueries selected,
        int queries,
        TimeSpan budget,
        TextWriter log,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(selected);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        await using var achievements = create();
        await using var demands = create();
        var built = Stopwatch.GetTimestamp();
        await achievements.BuildAsync(
            new Projection<string>(market.AchievementProfiles.Count, i =>
                BaselineText.Document(market.AchievementProfiles[i])
            ),
            cancellationToken
        );
        var achievementsPerSecond = market.AchievementProfiles.Count / Stopwatch.GetElapsedTime(built).TotalSeconds;
        var heap = (GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / 1048576.0;
        await demands.BuildAsync(
            new Projection<string>(market.DemandProfiles.Count, i => BaselineText.Document(market.DemandProfiles[i])),
            cancellationToken
        );
        log.WriteLine($"  {achievements.Name}: built in {Stopwatch.GetElapsedTime(built).TotalSeconds:0.0} s");

        var demandQueries = MatcherPhase.Spread(selected.DemandToAchievements, queries);
        var achievementQueries = MatcherPhase.Spread(selected.AchievementToDemands, queries);
        var demandLatency = await TimeAsync(achievements, demandQueries, budget, cancellationToken);
        log.WriteLine(
            $"  {achievements.Name}: demand -> top {MatcherPhase.Top} achievements p50 "
                + $"{demandLatency.P50:0.00} ms, p95 {demandLatency.P95:0.00} ms (n={demandLatency.Count})"
        );
        var achievementLatency = await TimeAsync(demands, achievementQueries, budget, cancellationToken);
        var footprint = achievements as IBaselineFootprint;
        return new BaselineFigures(
            achievements.Name,
            achievementsPerSecond,
            demandLatency,
            achievementLatency,
            demandQueries.Average(q => q.Count)
        )
        {
            HeapMiB = heap,
            OpenTime = footprint?.OpenTime,
            DiskMiB = footprint?.DiskBytes / 1048576.0,
            MappedResidentMiB = footprint?.ResidentBytes / 1048576.0,
        };
    }

    /// <summary>
    /// Times the queries one after another, after a warm-up of 10; stops early once the budget is spent.
    /// </summary>
    private static async Task<LatencyStats> TimeAsync(
        IBaselineIndex index,
        IReadOnlyList<IReadOnlyList<string>> queries,
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

    /// <summary>A list computed item by item, so a million documents' texts are never held at once.</summary>
    private sealed class Projection<T>(int count, Func<int, T> item) : IReadOnlyList<T>
    {
        public int Count => count;

        public T this[int index] => item(index);

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return item(i);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
