using JjjMatch.BuildingBlocks.Taxonomy;
using JjjMatch.Contracts.Achievements;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.Matching.Listings;

/// <summary>The matching service's own copy of an achievement, kept from the achievements service's events.</summary>
public sealed class AchievementListing
{
    private AchievementListing()
    {
    }

    public Guid Id { get; private set; }

    public AchievementSnapshot Snapshot { get; private set; } = null!;

    /// <summary>Published, so it may be matched; withdrawn and transferred ones are kept but never suggested.</summary>
    public bool IsActive { get; private set; }

    public DateTime SourceUpdatedAt { get; private set; }

    /// <summary>
    /// How many open demands the index held when this listing's suggestions were last computed: a ranking drawn from a much
    /// smaller market is computed again (<see cref="Suggestions.MarketCatchUp"/>).
    /// </summary>
    public int ComparedWith { get; private set; }

    /// <summary>The snapshot's facts the broker queue filters on, as columns so the filtering happens in the database.</summary>
    public Province Province { get; private set; }

    public string Industry { get; private set; } = "";

    public string IndustryParent { get; private set; } = "";

    public Guid OwnerId { get; private set; }

    public static AchievementListing From(AchievementSnapshot snapshot)
    {
        var listing = new AchievementListing { Id = snapshot.Id, IsActive = true, SourceUpdatedAt = snapshot.UpdatedAt.UtcDateTime };
        listing.Take(snapshot);
        return listing;
    }

    /// <summary>Keeps the newer of two snapshots, so a late redelivery of an old one cannot roll the copy back.</summary>
    public bool Replace(AchievementSnapshot snapshot)
    {
        if (snapshot.UpdatedAt.UtcDateTime < SourceUpdatedAt)
        {
            return false;
        }

        Take(snapshot);
        SourceUpdatedAt = snapshot.UpdatedAt.UtcDateTime;
        return true;
    }

    public void Deactivate() => IsActive = false;

    public void ComparedAgainst(int demands) => ComparedWith = demands;

    private void Take(AchievementSnapshot snapshot)
    {
        Snapshot = snapshot;
        Province = snapshot.Region.Province;
        Industry = snapshot.Industry;
        IndustryParent = Industries.ParentOf(snapshot.Industry);
        OwnerId = snapshot.OwnerId;
    }
}
