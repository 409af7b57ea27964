using JjjMatch.Contracts.Shared;

namespace JjjMatch.Matching.Engine.Scoring.Factors;

public static class RegionFactor
{
    /// <summary>
    /// 1 for the "Beijing R&amp;D, Tianjin/Hebei transformation" corridor (achievement in Beijing, demand in Tianjin or
    /// Hebei), 0.8 for the same city, 0.6 for the same province, 0.3 for two other places inside the region, else 0.
    /// "Other" provinces are a bucket, not a place, so two of them are not "the same province".
    /// </summary>
    public static double Score(Region? achievement, Region? demand)
    {
        if (
            achievement is null
            || demand is null
            || achievement.Province == Province.Other
            || demand.Province == Province.Other
        )
        {
            return 0;
        }

        if (achievement.Province == Province.Beijing && demand.Province is Province.Tianjin or Province.Hebei)
        {
            return 1;
        }

        if (achievement.Province != demand.Province)
        {
            return 0.3;
        }

        var sameCity =
            achievement.City is not null
            && demand.City is not null
            && string.Equals(achievement.City.Trim(), demand.City.Trim(), StringComparison.OrdinalIgnoreCase);
        return sameCity ? 0.8 : 0.6;
    }
}
