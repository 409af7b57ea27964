using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;

namespace JjjMatch.Matching.Engine.Listings;

/// <summary>
/// What the broker queue, review coverage and the feedback list read of a listing copy, kept as columns beside its
/// snapshot so that filtering happens in the database.
/// </summary>
public abstract class ListingFacets
{
    public Province Province { get; private set; }

    public string Industry { get; private set; } = "";

    public string IndustryParent { get; private set; } = "";

    public Guid OwnerId { get; private set; }

    protected void TakeFacets(Region region, string industry, Guid ownerId)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(industry);
        Province = region.Province;
        Industry = industry;
        IndustryParent = Industries.ParentOf(industry);
        OwnerId = ownerId;
    }
}
