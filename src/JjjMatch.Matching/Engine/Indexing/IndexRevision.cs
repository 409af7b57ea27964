using JjjMatch.Matching.Engine.Listings;

namespace JjjMatch.Matching.Engine.Indexing;

/// <summary>
/// A number that grows with every change of a stored copy: its source's update time plus its version. A copy only
/// ever moves to a later time or a higher version (older events are refused), so the sum grows on every change that
/// reaches the index, also for copies from a release without versions (version 0).
/// </summary>
public static class IndexRevision
{
    public static long Of(DateTime sourceUpdatedAt, int version) => sourceUpdatedAt.Ticks + version;

    public static long Of(AchievementListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return Of(listing.SourceUpdatedAt, listing.Version);
    }

    public static long Of(DemandListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return Of(listing.SourceUpdatedAt, listing.Version);
    }
}
