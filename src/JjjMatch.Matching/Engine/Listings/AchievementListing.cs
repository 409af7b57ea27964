using JjjMatch.Contracts.Achievements;

namespace JjjMatch.Matching.Engine.Listings;

/// <summary>The matching service's own copy of an achievement, kept from the achievements service's events.</summary>
public sealed class AchievementListing : ListingFacets, IListingCopy
{
    private AchievementListing() { }

    public Guid Id { get; private set; }

    public AchievementSnapshot Snapshot { get; private set; } = null!;

    /// <summary>Published, so it may be matched; withdrawn and transferred ones are kept but never suggested.</summary>
    public bool IsActive { get; private set; }

    public DateTime SourceUpdatedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>
    /// How many open demands the index held when this listing's suggestions were last computed: a ranking drawn from a
    /// much smaller market is computed again (<see cref="Suggestions.MarketCatchUp"/>).
    /// </summary>
    public int ComparedWith { get; private set; }

    /// <param name="inMarket">False for the snapshot of a leaving event: the copy is kept out of the market.</param>
    public static AchievementListing From(AchievementSnapshot snapshot, bool inMarket = true)
    {
        var listing = new AchievementListing
        {
            Id = snapshot.Id,
            IsActive = inMarket,
            SourceUpdatedAt = snapshot.UpdatedAt.UtcDateTime,
            Version = snapshot.Version ?? 0,
        };
        listing.Take(snapshot);
        return listing;
    }

    /// <summary>
    /// A leaving event of a release before versions, which carries no snapshot: the copy leaves the market, and its
    /// time moves up to the leaving so that an older snapshot of that release cannot bring it back.
    /// </summary>
    public void LeaveMarket(DateTime at)
    {
        IsActive = false;
        if (SourceUpdatedAt < at)
        {
            SourceUpdatedAt = at;
        }
    }

    public void ComparedAgainst(int demands) => ComparedWith = demands;

    private void Take(AchievementSnapshot snapshot)
    {
        Snapshot = snapshot;
        TakeFacets(snapshot.Region, snapshot.Industry, snapshot.OwnerId);
    }
}
