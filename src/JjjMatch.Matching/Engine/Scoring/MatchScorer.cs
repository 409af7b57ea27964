using JjjMatch.Contracts.Matching;
using JjjMatch.Matching.Engine.Scoring.Factors;

namespace JjjMatch.Matching.Engine.Scoring;

/// <summary>The pure scoring function: two profiles and their text relevance in, an explained score out.</summary>
public sealed class MatchScorer(MatchingOptions options)
{
    public MatchingOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>
    /// Hard filters: only a published achievement and an open demand whose deadline has not passed, and, when
    /// configured, an achievement that meets the demand's minimum maturity.
    /// </summary>
    public bool IsEligible(AchievementProfile achievement, DemandProfile demand, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(achievement);
        ArgumentNullException.ThrowIfNull(demand);
        if (!achievement.IsPublished || !demand.IsOpen || demand.Deadline <= now)
        {
            return false;
        }

        return !Options.FilterBelowMinimumMaturity
            || MaturityFactor.LevelsShort(achievement.Maturity, demand.MinimumMaturity) is null or 0;
    }

    public MatchScore Score(AchievementProfile achievement, DemandProfile demand, TextRelevance text)
    {
        ArgumentNullException.ThrowIfNull(achievement);
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(text);
        var weights = Options.Weights;
        MatchFactor[] factors =
        [
            new(MatchFactorNames.Text, weights.Text * Math.Clamp(text.Relevance, 0, 1)),
            new(
                MatchFactorNames.Industry,
                weights.Industry * IndustryFactor.Score(achievement.Industry, demand.Industry)
            ),
            new(
                MatchFactorNames.Maturity,
                weights.Maturity * MaturityFactor.Score(achievement.Maturity, demand.MinimumMaturity)
            ),
            new(MatchFactorNames.Region, weights.Region * RegionFactor.Score(achievement.Region, demand.Region)),
            new(MatchFactorNames.Price, weights.Price * PriceFactor.Score(achievement.AskingPrice, demand.Bounty)),
            new(
                MatchFactorNames.Cooperation,
                weights.Cooperation * CooperationFactor.Score(achievement.TransferModes, demand.AcceptedModes)
            ),
            new(
                MatchFactorNames.Patents,
                weights.Patents
                    * PatentFactor.Score(achievement.GrantedInventionPatents, achievement.GrantedOtherPatents)
            ),
        ];
        return new MatchScore(factors.Sum(f => f.Contribution), factors, text.MatchedTerms);
    }

    public MatchScore? ScoreIfEligible(
        AchievementProfile achievement,
        DemandProfile demand,
        TextRelevance text,
        DateTimeOffset now
    ) => IsEligible(achievement, demand, now) ? Score(achievement, demand, text) : null;
}
