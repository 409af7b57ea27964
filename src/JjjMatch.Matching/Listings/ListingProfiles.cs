using JjjMatch.Matching.Scoring;
using JjjMatch.Matching.Search;

namespace JjjMatch.Matching.Listings;

/// <summary>The matcher's view of a stored copy: the snapshot, with the copy's own word on whether it is still in the market.</summary>
public static class ListingProfiles
{
    public static AchievementProfile ToProfile(this AchievementListing listing) =>
        listing.Snapshot.ToProfile() with { IsPublished = listing.IsActive };

    public static DemandProfile ToProfile(this DemandListing listing) =>
        listing.Snapshot.ToProfile() with { IsOpen = listing.IsOpen };

    public static ListingDocument ToDocument(this AchievementListing listing) => listing.ToProfile().ToListingDocument();

    public static ListingDocument ToDocument(this DemandListing listing) => listing.ToProfile().ToListingDocument();
}
