namespace JjjMatch.Matching.Scoring.Factors;

public static class IndustryFactor
{
    /// <summary>1 for the same code, 0.5 for the same parent (大类), -0.5 for another industry, 0 when either is unknown.</summary>
    public static double Score(string? achievementIndustry, string? demandIndustry)
    {
        if (achievementIndustry is null || demandIndustry is null)
        {
            return 0;
        }

        if (string.Equals(achievementIndustry.Trim(), demandIndustry.Trim(), StringComparison.Ordinal))
        {
            return 1;
        }

        return string.Equals(IndustryCode.Parent(achievementIndustry), IndustryCode.Parent(demandIndustry), StringComparison.Ordinal) ? 0.5 : -0.5;
    }
}
