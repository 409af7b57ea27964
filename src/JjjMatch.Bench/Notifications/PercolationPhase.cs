using System.Diagnostics;
using JjjMatch.Bench.Speed.Generation;
using JjjMatch.Bench.Speed.Measure;
using JjjMatch.Notifications.Features.Listings;
using JjjMatch.Notifications.Features.SavedSearches;
using JjjMatch.TextAnalysis;

namespace JjjMatch.Bench.Notifications;

/// <summary>
/// The saved-search reverse search: <c>searches</c> stored searches of one to three words taken from listing titles
/// (real ones with <c>--dataset</c>; a third with a province, a third with an industry), then each of <c>listings</c>
/// new achievements of the same source matched against all of them, timed one by one.
/// </summary>
public static class PercolationPhase
{
    public sealed record Result(int Searches, double BuildSeconds, LatencyStats Latency, double MeanHits);

    public static Result Run(IListingSource generator, int searches, int listings, int seed)
    {
        var random = new Random(seed);
        var common = CommonTitleTerms(generator);
        var index = new SavedSearchIndex();
        var build = Stopwatch.StartNew();
        for (var i = 0; i < searches; i++)
        {
            index.Put(Search(generator.Achievement(i).Snapshot, common, random));
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

    /// <summary>
    /// Terms in more than 1 % of the first 5,000 titles ("技术", "系统", "方法"): nobody saves a search for those alone, and
    /// a search drawn from them would fire on most listings.
    /// </summary>
    private static HashSet<string> CommonTitleTerms(IListingSource source)
    {
        const int sample = 5000;
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sample; i++)
        {
            foreach (var term in TextAnalyzer.Matching.Analyze(source.Achievement(i).Snapshot.Title).Distinct())
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        return frequency.Where(f => f.Value > sample / 100).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static SavedSearch Search(
        JjjMatch.Contracts.Achievements.AchievementSnapshot source,
        HashSet<string> common,
        Random random
    )
    {
        var words = TextAnalyzer
            .Matching.Analyze(source.Title)
            .Where(t => t.Length >= 2 && !common.Contains(t))
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
            Province = random.Next(3) == 0 ? ApiNames.Of(source.Region.Province) : null,
            Industry = random.Next(3) == 0 ? source.Industry.Split('-')[0] : null,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }
}
