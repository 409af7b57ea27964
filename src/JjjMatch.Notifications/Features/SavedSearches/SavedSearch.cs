namespace JjjMatch.Notifications.Features.SavedSearches;

/// <summary>
/// A search an organisation keeps over the other side of the market; a new or changed listing that satisfies it fires
/// it once per listing version. Deleted searches are kept as tombstones so every replica's index drops them.
/// </summary>
public sealed class SavedSearch
{
    public const string Immediate = "immediate";
    public const string Daily = "daily";

    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public required string Name { get; set; }

    /// <summary>The listings searched: <c>achievements</c> or <c>demands</c>.</summary>
    public required string Side { get; set; }

    public required string Text { get; set; }

    public required string Frequency { get; set; }

    /// <summary>The Beijing-time hour (0-23) of a daily digest.</summary>
    public int? DigestHour { get; set; }

    public string? Industry { get; set; }

    public string? Province { get; set; }

    public string? City { get; set; }

    public int? MaturityMin { get; set; }

    public int? MaturityMax { get; set; }

    public decimal? PriceMin { get; set; }

    public decimal? PriceMax { get; set; }

    public string? CooperationMode { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? DeletedAt { get; set; }

    public DateTime? LastDigestAt { get; set; }

    public int Version { get; set; }
}
