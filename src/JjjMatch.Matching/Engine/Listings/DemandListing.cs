using JjjMatch.Contracts.Demands;

namespace JjjMatch.Matching.Engine.Listings;

/// <summary>The matching service's own copy of an open list, kept from the demands service's events.</summary>
public sealed class DemandListing : ListingFacets, IListingCopy
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

    public int Version { get; private set; }

    /// <summary>
    /// How many achievements the index held when this listing's suggestions were last computed: a ranking drawn from a
    /// much smaller market is computed again (<see cref="Suggestions.MarketCatchUp"/>).
    /// </summary>
    public int ComparedWith { get; private set; }

    /// <param name="inMarket">False for the snapshot of a leaving event: the copy is kept out of the market.</param>
    public static DemandListing From(DemandSnapshot snapshot, bool inMarket = true)
    {
        var listing = new DemandListing
        {
            Id = snapshot.Id,
            IsOpen = inMarket,
            Deadline = snapshot.Deadline.UtcDateTime,
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
        IsOpen = false;
        if (SourceUpdatedAt < at)
        {
            SourceUpdatedAt = at;
        }
    }

    public void ComparedAgainst(int achievements) => ComparedWith = achievements;

    private void Take(DemandSnapshot snapshot)
    {
        Snapshot = snapshot;
        TakeFacets(snapshot.Region, snapshot.Industry, snapshot.OwnerId);
    }
}
