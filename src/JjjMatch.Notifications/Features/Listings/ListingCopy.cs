namespace JjjMatch.Notifications.Features.Listings;

/// <summary>
/// The notifications service's copy of one listing's public face, kept from the listing events: who owns it (to
/// notify), what saved searches filter on, and its text. The highest version wins, whatever order events arrive in.
/// </summary>
public sealed class ListingCopy
{
    public const string Achievement = "achievement";
    public const string Demand = "demand";

    public Guid Id { get; set; }

    public required string Side { get; set; }

    public Guid OwnerId { get; set; }

    public required string Title { get; set; }

    public required string Industry { get; set; }

    public required string Province { get; set; }

    public string? City { get; set; }

    /// <summary>An achievement's TRL, or a demand's minimum TRL.</summary>
    public int? MaturityLevel { get; set; }

    /// <summary>An achievement's asking price or a demand's bounty; both null is negotiable.</summary>
    public decimal? PriceMin { get; set; }

    public decimal? PriceMax { get; set; }

    public int Modes { get; set; }

    public bool Live { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? Deadline { get; set; }

    /// <summary>The text saved searches are matched against (title, summary or problem, keywords or outcome).</summary>
    public required string Text { get; set; }
}
