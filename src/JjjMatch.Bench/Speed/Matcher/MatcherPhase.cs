using System.Diagnostics;
using JjjMatch.Bench.Speed.Measure;
using JjjMatch.Matching.Engine.Indexing;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Scoring;
using JjjMatch.Matching.Engine.Search;

namespace JjjMatch.Bench.Speed.Matcher;

/// <summary>
/// Figures of the matcher core in this process: the embedded index and <see cref="MatchFinder"/> with full scoring.
/// </summary>
public sealed record MatcherFigures(
    int Achievements,
    int Demands,
    double AchievementsPerSecond,
    double DemandsPerSecond,
    LatencyStats DemandToAchievements,
    LatencyStats AchievementToDemands,
    double MeanSuggestions,
    double ParallelQueriesPerSecond,
    int Threads,
    double IndexManagedMiB,
    double ProcessPeakMiB
)
{
    /// <summary>
    /// Achievements indexed per second of this process's CPU time: unlike the wall-clock rate, not lowered by other
    /// processes on the machine.
    /// </summary>
    public double? AchievementsPerCpuSecond { get; init; }

    /// <summary>
    /// The whole index kept on disk (the embedded index's file, or Lucene.Net's commit), and opened again.
    /// </summary>
    public IndexFileFigures? File { get; init; }

    /// <summary>Which adapter of the index port the matcher ran on.</summary>
    public SearchProvider Engine { get; init; } = SearchProvider.Embedded;
}

/// <summary>What keeping the index on disk costs: file size, writing it, and opening it (the start-up path).</summary>
public sealed record IndexFileFigures(double MiB, TimeSpan Save, TimeSpan Open);

/// <summary>The index and finder the matcher phase built, kept to choose the end-to-end listings.</summary>
public sealed class MatcherSession(MatcherIndex index, MatchFinder finder) : IDisposable
{
    public MatchFinder Finder { get; } = finder;

    public MatcherIndex Index { get; } = index;

    public void Dispose() => Index.Dispose();
}

/// <summary>
/// Indexes the market into a fresh index (the embedded one, or the Lucene.Net adapter of the port) in batches of 1,000
/// (as the service's index loader does), then times the production query path: <see cref="MatchFinder"/> retrieves 100
/// candidates and scores them with <see cref="MatchScorer"/>; profiles come from memory, so no database time is in
/// these figures.
/// </summary>
public static class MatcherPhase
{
    public const int Top = 10;
    private const int BatchSize = 1_000;

    public static async Task<(MatcherFigures Figures, MatcherSession Session)> RunAsync(
        SpeedMarket market,
        int queries,
        string workFolder,
        TextWriter log,
        CancellationToken cancellationToken,
        SearchProvider engine = SearchProvider.Embedded
    )
    {
        var profiles = new InMemoryMatchProfiles();
        foreach (var achievement in market.AchievementProfiles)
        {
            profiles.Put(achievement);
        }

        foreach (var demand in market.DemandProfiles)
        {
            profiles.Put(demand);
        }

        var achievementDocuments = market
            .AchievementProfiles.Select(a => a.ToListingDocument())
            .Chunk(BatchSize)
            .ToList();
        var demandDocuments = market.DemandProfiles.Select(d => d.ToListingDocument()).Chunk(BatchSize).ToList();

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var index = MatcherIndex.Create(engine, Path.Combine(workFolder, "matcher-lucene"));
        var cpuBefore = ProcessCpu.Read(Environment.ProcessId);
        var achievementsTime = await TimeAsync(() => UpsertAllAsync(index, achievementDocuments, cancellationToken));
        var achievementsCpu = ProcessCpu.Read(Environment.ProcessId) - cpuBefore;
        var demandsTime = await TimeAsync(() => UpsertAllAsync(index, demandDocuments, cancellationToken));
        var indexManaged = (GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / 1048576.0;
        log.WriteLine(
            $"  indexed {market.AchievementProfiles.Count:N0} achievements in "
                + $"{achievementsTime.TotalSeconds:0.0} s, {market.DemandProfiles.Count:N0} demands in "
                + $"{demandsTime.TotalSeconds:0.0} s"
        );

        var file = index.SaveAndReopen(Path.Combine(workFolder, "embedded-index.bin"));
        log.WriteLine(
            $"  index on disk {file.MiB:N0} MiB: written in {file.Save.TotalSeconds:0.0} s, opened in "
                + $"{file.Open.TotalSeconds:0.0} s"
        );
        var finder = new MatchFinder(index.Port, profiles, new MatchScorer(new MatchingOptions()), TimeProvider.System);
        var demands = Spread(market.DemandProfiles, queries);
        var achievements = Spread(market.AchievementProfiles, queries);
        Func<int, Task<int>> demandQuery = async i =>
            (await finder.FindAchievementsForAsync(demands[i % demands.Count], Top, cancellationToken)).Count;
        Func<int, Task<int>> achievementQuery = async i =>
            (await finder.FindDemandsForAsync(achievements[i % achievements.Count], Top, cancellationToken)).Count;

        await WarmUpAsync(demandQuery, Math.Min(200, demands.Count));
        await WarmUpAsync(achievementQuery, Math.Min(200, achievements.Count));
        var (demandLatency, found) = await TimeEachAsync(demandQuery, demands.Count);
        log.WriteLine(
            $"  demand -> top {Top} achievements: p50 {demandLatency.P50:0.00} ms, p95 "
                + $"{demandLatency.P95:0.00} ms"
        );
        var (achievementLatency, _) = await TimeEachAsync(achievementQuery, achievements.Count);
        log.WriteLine(
            $"  achievement -> top {Top} demands: p50 {achievementLatency.P50:0.00} ms, p95 "
                + $"{achievementLatency.P95:0.00} ms"
        );
        var threads = Environment.ProcessorCount;
        var parallel = await ThroughputAsync(demandQuery, threads, TimeSpan.FromSeconds(3), cancellationToken);

        GC.Collect();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        return (
            new MatcherFigures(
                market.AchievementProfiles.Count,
                market.DemandProfiles.Count,
                market.AchievementProfiles.Count / achievementsTime.TotalSeconds,
                market.DemandProfiles.Count / demandsTime.TotalSeconds,
                demandLatency,
                achievementLatency,
                found,
                parallel,
                threads,
                indexManaged,
                peak
            )
            {
                AchievementsPerCpuSecond = achievementsCpu is { TotalSeconds: > 0 } cpu
                    ? market.AchievementProfiles.Count / cpu.TotalSeconds
                    : null,
                File = file,
                Engine = engine,
            },
            new MatcherSession(index, finder)
        );
    }

    /// <summary>Up to <paramref name="count"/> items evenly spread over the list, always the same ones.</summary>
    public static IReadOnlyList<T> Spread<T>(IReadOnlyList<T> items, int count)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count <= count)
        {
            return items;
        }

        var step = (double)items.Count / count;
        return [.. Enumerable.Range(0, count).Select(i => items[(int)(i * step)])];
    }

    private static async Task UpsertAllAsync(
        MatcherIndex index,
        List<ListingDocument[]> batches,
        CancellationToken cancellationToken
    )
    {
        foreach (var batch in batches)
        {
            await index.Port.UpsertAsync(batch, cancellationToken);
        }
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        var started = Stopwatch.GetTimestamp();
        await work();
        return Stopwatch.GetElapsedTime(started);
    }

    private static async Task WarmUpAsync(Func<int, Task<int>> query, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await query(i);
        }
    }

    private static async Task<(LatencyStats Latency, double MeanFound)> TimeEachAsync(
        Func<int, Task<int>> query,
        int count
    )
    {
        var milliseconds = new double[count];
        var found = 0L;
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            found += await query(i);
            milliseconds[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        return (LatencyStats.Of(milliseconds), count == 0 ? 0 : (double)found / count);
    }

    private static async Task<double> ThroughputAsync(
        Func<int, Task<int>> query,
        int threads,
        TimeSpan duration,
        CancellationToken cancellationToken
    )
    {
        var done = 0L;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(
            Enumerable
                .Range(0, threads)
                .Select(thread =>
                    Task.Run(
                        async () =>
                        {
                            for (
                                var i = thread;
                                Stopwatch.GetElapsedTime(started) < duration
                                    && !cancellationToken.IsCancellationRequested;
                                i += threads
                            )
                            {
                                await query(i);
                                Interlocked.Increment(ref done);
                            }
                        },
                        cancellationToken
                    )
                )
        );
        return done / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
