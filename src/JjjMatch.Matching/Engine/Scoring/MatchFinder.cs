using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Search;

namespace JjjMatch.Matching.Engine.Scoring;

/// <summary>
/// The matcher's query path in both directions: retrieve text candidates from the index, drop those the hard
/// filters exclude, score the rest and keep the best. With every structured field unknown the order is the index's.
/// </summary>
public sealed class MatchFinder(
    IListingIndex index,
    IMatchProfileSource profiles,
    MatchScorer scorer,
    TimeProvider clock
)
{
    public async Task<IReadOnlyList<ScoredMatch>> FindAchievementsForAsync(
        DemandProfile demand,
        int top,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(demand);
        var now = clock.GetUtcNow();
        if (!demand.IsOpen || demand.Deadline <= now)
        {
            return [];
        }

        var hits = await Candidates(ListingKind.Achievement, demand.QueryText(), cancellationToken);
        var found = await profiles.FindAchievementsAsync([.. hits.Select(h => h.Id)], cancellationToken);
        return Best(hits, top, hit =>
            found.TryGetValue(hit.Id, out var achievement) ? Pair(achievement, demand, hit, now) : null
        );
    }

    public async Task<IReadOnlyList<ScoredMatch>> FindDemandsForAsync(
        AchievementProfile achievement,
        int top,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(achievement);
        if (!achievement.IsPublished)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var hits = await Candidates(ListingKind.Demand, achievement.QueryText(), cancellationToken);
        var found = await profiles.FindDemandsAsync([.. hits.Select(h => h.Id)], cancellationToken);
        return Best(hits, top, hit =>
            found.TryGetValue(hit.Id, out var demand) ? Pair(achievement, demand, hit, now) : null
        );
    }

    private Task<IReadOnlyList<ListingHit>> Candidates(
        ListingKind kind,
        string text,
        CancellationToken cancellationToken
    ) =>
        index.SearchAsync(
            new ListingQuery(text, new ListingFilter(kind), scorer.Options.CandidatePoolSize),
            cancellationToken
        );

    private ScoredMatch? Pair(
        AchievementProfile achievement,
        DemandProfile demand,
        ListingHit hit,
        DateTimeOffset now
    ) =>
        scorer.ScoreIfEligible(achievement, demand, new TextRelevance(hit.Relevance, hit.MatchedTerms), now)
            is { } score
            ? new ScoredMatch(achievement.Id, demand.Id, score)
            : null;

    // OrderBy is stable, so equal totals keep the index's order.
    private static List<ScoredMatch> Best(
        IReadOnlyList<ListingHit> hits,
        int top,
        Func<ListingHit, ScoredMatch?> pair
    ) => [.. hits.Select(pair).OfType<ScoredMatch>().OrderByDescending(m => m.Score.Total).Take(top)];
}
