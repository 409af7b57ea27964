using JjjMatch.Contracts.Taxonomy;

namespace JjjMatch.Matching.Engine.Scoring.Factors;

public static class IndustryFactor
{
    /// <summary>
    /// 1 for the same code, 0.5 for the same parent (大类), -0.5 for another industry, 0 when either is unknown —
    /// and 其他 ("other", what imports fall back to) says nothing about the industry, so it counts as unknown.
    /// </summary>
    public static double Score(string? achievementIndustry, string? demandIndustry)
    {
        if (IsUnknown(achievementIndustry) || IsUnknown(demandIndustry))
        {
            return 0;
        }

        if (string.Equals(achievementIndustry!.Trim(), demandIndustry!.Trim(), StringComparison.Ordinal))
        {
            return 1;
        }

        return string.Equals(
            Industries.ParentOf(achievementIndustry!),
            Industries.ParentOf(demandIndustry!),
            StringComparison.Ordinal
        )
            ? 0.5
            : -0.5;
    }

    private static bool IsUnknown(string? industry) =>
        industry is null || Industries.ParentOf(industry) == Industries.Other;
}
