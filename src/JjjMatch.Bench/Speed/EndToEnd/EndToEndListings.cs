using JjjMatch.Bench.Speed.Generation;
using JjjMatch.Bench.Speed.Matcher;
using JjjMatch.Contracts.Demands;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Scoring;

namespace JjjMatch.Bench.Speed.EndToEnd;

/// <summary>
/// The new listings the end-to-end runs publish: the next ones from the listing source that the matcher, on the
/// same market, would suggest at least one match for. A listing without any match worth suggesting never
/// produces a MatchSuggested, so it could only time out; choosing beforehand keeps every published listing
/// measurable. The choice uses the same options the matching service uses (minimum score and text relevance).
/// Demands are chosen as the enterprise posts them (<see cref="DemandPosts"/>), among those the demands API accepts.
/// </summary>
public sealed record EndToEndListings(
    IReadOnlyList<GeneratedAchievement> Achievements,
    IReadOnlyList<DemandSnapshot> Demands,
    int AchievementsTried,
    int DemandsTried
)
{
    public static async Task<EndToEndListings> ChooseAsync(
        MatcherSession session,
        SpeedMarket market,
        int achievements,
        int demands,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(market);
        var options = new MatchingOptions();
        var chosenAchievements = new List<GeneratedAchievement>(achievements);
        var k = 0;
        for (; chosenAchievements.Count < achievements && k < 50 * Math.Max(achievements, 1); k++)
        {
            var candidate = market.NewAchievement(k);
            if (
                Suggestible(
                    await session.Finder.FindDemandsForAsync(
                        candidate.Snapshot.ToProfile(),
                        MatcherPhase.Top,
                        cancellationToken
                    ),
                    options
                )
            )
            {
                chosenAchievements.Add(candidate);
            }
        }

        var chosenDemands = new List<DemandSnapshot>(demands);
        var j = 0;
        for (; chosenDemands.Count < demands && j < 50 * Math.Max(demands, 1); j++)
        {
            var candidate = DemandPosts.AsPosted(market.NewDemand(j));
            if (
                DemandPosts.IsAccepted(candidate)
                && Suggestible(
                    await session.Finder.FindAchievementsForAsync(
                        candidate.ToProfile(),
                        MatcherPhase.Top,
                        cancellationToken
                    ),
                    options
                )
            )
            {
                chosenDemands.Add(candidate);
            }
        }

        return new EndToEndListings(chosenAchievements, chosenDemands, k, j);
    }

    /// <summary>
    /// As SuggestionWriter decides (some match reaches the minimum score with enough text relevance), with a margin:
    /// the service's index also holds the listings published before, which shifts term statistics a little, and a
    /// listing just above the line here could fall just below it there.
    /// </summary>
    public static bool Suggestible(IReadOnlyList<ScoredMatch> found, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(options);
        return found.Any(m =>
            m.Score.Total >= options.MinimumScore * Margin
            && m.Score.ContributionOf(MatchFactorNames.Text)
                >= options.MinimumTextRelevance * options.Weights.Text * Margin
        );
    }

    private const double Margin = 1.25;
}
