namespace JjjMatch.Contracts.Shared;

/// <summary>An amount range in CNY; both ends empty means "negotiable" (面议).</summary>
public sealed record PriceRange(decimal? Min, decimal? Max)
{
    public static PriceRange Negotiable { get; } = new(null, null);

    public bool IsNegotiable => Min is null && Max is null;
}
