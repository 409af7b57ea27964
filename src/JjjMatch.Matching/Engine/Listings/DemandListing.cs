using JjjMatch.Contracts.Demands;

namespace JjjMatch.Matching.Engine.Listings;

/// <summary>The matching service's own copy of an open list, kept from the demands service's events.</summary>
public sealed class DemandListing : ListingFacets, IListingCopy<DemandSnapshot>
{
    private DemandListing() { }

    public Guid Id { get; private set; }

    public DemandSnapshot Snapshot { get; private set; } = null!;

    /// <summary>
    /// Open for solutions; false once awarded, closed or expired. The deadline is checked on its own.
    /// </summary>
    public bool IsOpen { get; private set; }

    public DateTime Deadline { get; private set; }

    public DateTime SourceUpdatedAt { get; private set; }

    /// <summary>
    /// How many achievements the index held when this listing's suggestions were last computed: a ranking drawn from a
    /// much
    /// smaller market is computed again (<see cref="Suggestions.MarketCatchUp"/>).
    /// </summary>
    public int ComparedWith { get; private set; }

    public static DemandListing From(DemandSnapshot snapshot)
    {
        var listing = new DemandListing
        {
            Id = snapshot.Id,
            IsOpen = true,
            Deadline = snapshot.Deadline.UtcDateTime,
            SourceUpdatedAt = snapshot.UpdatedAt.UtcDateTime,
        };
        listing.Take(snapshot);
        return listing;
    }

    public void Replace(DemandSnapshot snapshot)
    {
        if (snapshot.UpdatedAt.UtcDateTime < SourceUpdatedAt)
        {
            return;
        }

        Take(snapshot);
        Deadline = snapshot.Deadline.UtcDateTime;
        SourceUpdatedAt = snapshot.UpdatedAt.UtcDateTime;
    }

    public void LeaveMarket() => IsOpen = false;

    public void ComparedAgainst(int achievements) => ComparedWith = achievements;

    private void Take(DemandSnapshot snapshot)
    {
        Snapshot = snapshot;
        TakeFacets(snapshot.Region, snapshot.Industry, snapshot.OwnerId);
    }
}
