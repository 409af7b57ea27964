namespace JjjMatch.BuildingBlocks.Validation;

public static class MoneyLimits
{
    /// <summary>
    /// A trillion yuan: far above any real price, bounty or contract, so a larger figure is a typing error. It also
    /// keeps
    /// every amount inside the 64-bit fen column that stores it.
    /// </summary>
    public const decimal MaxAmount = 1_000_000_000_000m;
}
