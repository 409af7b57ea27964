using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Engine.Indexing;

/// <summary>
/// Brings the index in line with the stored copy of a listing. Reads the committed copy rather than the
/// event, so a late or repeated event can never put an older version into the index.
/// </summary>
public sealed class ListingIndexer(IListingIndex index, MatchingDbContext db)
{
    public Task SyncAsync(ListingKind kind, Guid id, CancellationToken cancellationToken) =>
        kind == ListingKind.Achievement
            ? SyncAchievementAsync(id, cancellationToken)
            : SyncDemandAsync(id, cancellationToken);

    private async Task SyncAchievementAsync(Guid id, CancellationToken cancellationToken)
    {
        var listing = await db.Achievements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        await (
            listing is { IsActive: true }
                ? index.UpsertAsync(
                    [listing.ToListingDocument() with { Revision = IndexRevision.Of(listing) }],
                    cancellationToken
                )
                : index.RemoveAsync(ListingKind.Achievement, id, cancellationToken)
        );
    }

    private async Task SyncDemandAsync(Guid id, CancellationToken cancellationToken)
    {
        var listing = await db.Demands.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        await (
            listing is { IsOpen: true }
                ? index.UpsertAsync(
                    [listing.ToListingDocument() with { Revision = IndexRevision.Of(listing) }],
                    cancellationToken
                )
                : index.RemoveAsync(ListingKind.Demand, id, cancellationToken)
        );
    }
}
