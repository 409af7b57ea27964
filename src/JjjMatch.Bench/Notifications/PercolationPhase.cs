using System.Diagnostics;
using JjjMatch.Bench.Speed.Generation;
using JjjMatch.Bench.Speed.Measure;
using JjjMatch.Notifications.Features.Listings;
using JjjMatch.Notifications.Features.SavedSearches;
using JjjMatch.TextAnalysis;

namespace JjjMatch.Bench.Notifications;

/// <summary>
/// The saved-search reverse search: <c>searches</c> stored searches of one to three words taken from generated listing
/// titles (a third with a province, a third with an industry), then each of <c>listings</c> new achievements matched
/// against all of them, timed one by one.
/// </summary>
public static class PercolationPhase
{
    public sealed record Result(int Searches, double BuildSeconds, LatencyStats Latency, double MeanHits);

    public static Result Run(int searches, int listings, int seed)
    {
        var generator = new ListingGenerator(seed, DateTimeOffset.UtcNow);
        var random = new Random(seed);
        var index = new SavedSearchIndex();
        var build = Stopwatch.StartNew();
        for (var i = 0; i < searches; i++)
        {
            index.Put(Search(generator.Achievement(i).Snapshot, random));
        }

        build.Stop();
        var latencies = new List<double>(listings);
        long hits = 0;
        // Warm-up: the first matches pay for JIT, not for the index.
        for (var i = 0; i < 50; i++)
        {
            index.Match(ListingCopyMapping.From(generator.Achievement(searches + i).Snapshot));
        }

        for (var i = 0; i < listings; i++)
        {
            var listing = ListingCopyMapping.From(generator.Achievement(searches + 50 + i).Snapshot);
            var watch = Stopwatch.StartNew();
            hits += index.Match(listing).Count;
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }

        return new Result(index.Count, build.Elapsed.TotalSeconds, LatencyStats.Of(latencies), (double)hits / listings);
    }

    private static SavedSearch Search(JjjMatch.Contracts.Achievements.AchievementSnapshot source, Random random)
    {
        var words = TextAnalyzer
            .Matching.Analyze(source.Title)
            .Where(t => t.Length >= 2)
            .Distinct()
            .OrderBy(_ => random.Next())
            .Take(random.Next(1, 4))
            .ToList();
        var now = DateTime.UtcNow;
        return new SavedSearch
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = Guid.CreateVersion7(),
            Name = "bench",
            Side = SavedSearchSides.Achievements,
            Text = words.Count == 0 ? source.Title : string.Join(' ', words),
            Frequency = SavedSearch.Immediate,
            Province = random.Next(3) == 0 ? source.Region.Province.ToString() : null,
            Industry = random.Next(3) == 0 ? source.Industry.Split('-')[0] : null,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }
}
