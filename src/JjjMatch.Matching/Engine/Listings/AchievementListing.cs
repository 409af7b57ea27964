using JjjMatch.Contracts.Achievements;

namespace JjjMatch.Matching.Engine.Listings;

/// <summary>The matching service's own copy of an achievement, kept from the achievements service's events.</summary>
public sealed class AchievementListing : ListingFacets, IListingCopy<AchievementSnapshot>
{
    private AchievementListing() { }

    public Guid Id { get; private set; }

    public AchievementSnapshot Snapshot { get; private set; } = null!;

    /// <summary>Published, so it may be matched; withdrawn and transferred ones are kept but never suggested.</summary>
    public bool IsActive { get; private set; }

    public DateTime SourceUpdatedAt { get; private set; }

    /// <summary>
    /// How many open demands the index held when this listing's suggestions were last computed: a ranking drawn from a
    /// much
    /// smaller market is computed again (<see cref="Suggestions.MarketCatchUp"/>).
    /// </summary>
    public int ComparedWith { get; private set; }

    public static AchievementListing From(AchievementSnapshot snapshot)
    {
        var listing = new AchievementListing
        {
            Id = snapshot.Id,
            IsActive = true,
            SourceUpdatedAt = snapshot.UpdatedAt.UtcDateTime,
        };
        listing.Take(snapshot);
        return listing;
    }

    public void Replace(AchievementSnapshot snapshot)
    {
        if (snapshot.UpdatedAt.UtcDateTime < SourceUpdatedAt)
        {
            return;
        }

        Take(snapshot);
        SourceUpdatedAt = snapshot.UpdatedAt.UtcDateTime;
    }

    public void LeaveMarket() => IsActive = false;

    public void ComparedAgainst(int demands) => ComparedWith = demands;

    private void Take(AchievementSnapshot snapshot)
    {
        Snapshot = snapshot;
        TakeFacets(snapshot.Region, snapshot.Industry, snapshot.OwnerId);
    }
}
