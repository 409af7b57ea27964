using JjjMatch.Contracts.Shared;

namespace JjjMatch.Matching.Engine.Scoring.Factors;

public static class MaturityFactor
{
    // Three readiness levels short is as far from "ready" as the scale makes sense of: the penalty is full there.
    private const double LevelsForFullPenalty = 3;

    /// <summary>
    /// 1 when the achievement meets the demand's minimum, down to -1 as it falls short; 0 when unknown or on different
    /// scales.
    /// </summary>
    public static double Score(Maturity? achievement, Maturity? demandMinimum) =>
        LevelsShort(achievement, demandMinimum) switch
        {
            null => 0,
            0 => 1,
            var shortBy => -Math.Min(1, shortBy.Value / LevelsForFullPenalty),
        };

    /// <summary>
    /// How many levels the achievement falls short of the minimum (0 if it meets it); null if it cannot be told.
    /// </summary>
    public static int? LevelsShort(Maturity? achievement, Maturity? demandMinimum)
    {
        if (
            achievement is null
            || demandMinimum is null
            || !string.Equals(achievement.Scale, demandMinimum.Scale, StringComparison.OrdinalIgnoreCase)
        )
        {
            return null;
        }

        return Math.Max(0, demandMinimum.Level - achievement.Level);
    }
}
