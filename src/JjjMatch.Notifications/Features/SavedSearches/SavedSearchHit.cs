namespace JjjMatch.Notifications.Features.SavedSearches;

/// <summary>One listing version that satisfied one saved search; the key makes it fire once.</summary>
public sealed class SavedSearchHit
{
    public Guid SavedSearchId { get; init; }

    public Guid ListingId { get; init; }

    public int ListingVersion { get; init; }

    public DateTime HitAt { get; init; }

    /// <summary>For a daily search: when the digest that named it was written.</summary>
    public DateTime? DigestedAt { get; set; }
}
