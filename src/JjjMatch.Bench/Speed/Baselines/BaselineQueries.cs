using JjjMatch.Bench.Speed.Matcher;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Search;

namespace JjjMatch.Bench.Speed.Baselines;

/// <summary>
/// The terms each timed query retrieves with in the matcher (at most 32, chosen by tf·idf against the index, as
/// more_like_this does): what every baseline is sent, instead of every distinct term of the query text.
/// </summary>
public sealed record BaselineQueries(
    IReadOnlyList<IReadOnlyList<string>> DemandToAchievements,
    IReadOnlyList<IReadOnlyList<string>> AchievementToDemands
)
{
    public static BaselineQueries Select(MatcherIndex index, SpeedMarket market, int queries)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(market);
        return new BaselineQueries(
            [
                .. MatcherPhase
                    .Spread(market.DemandProfiles, queries)
                    .Select(d => Terms(index, ListingKind.Achievement, d.QueryText())),
            ],
            [
                .. MatcherPhase
                    .Spread(market.AchievementProfiles, queries)
                    .Select(a => Terms(index, ListingKind.Demand, a.QueryText())),
            ]
        );
    }

    /// <summary>The terms the embedded index would retrieve <paramref name="text"/> with.</summary>
    public static IReadOnlyList<string> Terms(EmbeddedIndex index, ListingKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(index);
        return [.. index.SelectQueryTerms(kind, text).Select(t => t.Term)];
    }

    private static IReadOnlyList<string> Terms(MatcherIndex index, ListingKind kind, string text) =>
        index.SelectQueryTerms(kind, text);
}
