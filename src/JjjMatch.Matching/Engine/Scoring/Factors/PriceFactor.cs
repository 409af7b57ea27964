using JjjMatch.Contracts.Shared;

namespace JjjMatch.Matching.Engine.Scoring.Factors;

public static class PriceFactor
{
    /// <summary>
    /// 1 when the demand's bounty reaches the achievement's asking price (the ranges overlap), down to -1 as the
    /// asking minimum exceeds the bounty maximum by up to its own size; 0 when either side is negotiable or unknown.
    /// </summary>
    public static double Score(PriceRange? askingPrice, PriceRange? bounty)
    {
        if (askingPrice is null || bounty is null || askingPrice.IsNegotiable || bounty.IsNegotiable)
        {
            return 0;
        }

        var askingMinimum = askingPrice.Min ?? askingPrice.Max ?? 0;
        var bountyMaximum = bounty.Max ?? bounty.Min ?? 0;
        if (askingMinimum <= bountyMaximum)
        {
            return 1;
        }

        return -(double)Math.Min(1, (askingMinimum - bountyMaximum) / askingMinimum);
    }
}
