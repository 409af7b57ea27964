using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace JjjMatch.Matching.Engine.Listings;

/// <summary>
/// Writes a listing's copy only when it is newer than the stored one: a higher source version, or the same version
/// taken later (snapshots of releases before versions are all version 0 and go by their time). The database decides,
/// in one conditional UPDATE (<c>... WHERE Id = @id AND (Version &lt; @v OR ...)</c>), so two replicas applying two
/// events of one listing at once cannot leave the older state: PostgreSQL re-checks the condition on the row the other
/// writer committed, SQLite has one writer at a time. A copy that does not exist yet is inserted, guarded by its
/// primary key; losing that race to another replica turns into the conditional UPDATE again.
/// </summary>
public static class ListingCopies
{
    /// <returns>False when the stored copy is as new or newer: the event changed nothing.</returns>
    public static Task<bool> WriteIfNewerAsync(
        this MatchingDbContext db,
        AchievementListing copy,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(copy);
        return db.WriteIfNewerAsync(
            copy,
            set =>
                set.SetProperty(a => a.Snapshot, copy.Snapshot)
                    .SetProperty(a => a.IsActive, copy.IsActive)
                    .SetProperty(a => a.Version, copy.Version)
                    .SetProperty(a => a.SourceUpdatedAt, copy.SourceUpdatedAt)
                    .SetProperty(a => a.Province, copy.Province)
                    .SetProperty(a => a.Industry, copy.Industry)
                    .SetProperty(a => a.IndustryParent, copy.IndustryParent)
                    .SetProperty(a => a.OwnerId, copy.OwnerId),
            cancellationToken
        );
    }

    /// <inheritdoc cref="WriteIfNewerAsync(MatchingDbContext, AchievementListing, CancellationToken)"/>
    public static Task<bool> WriteIfNewerAsync(
        this MatchingDbContext db,
        DemandListing copy,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(copy);
        return db.WriteIfNewerAsync(
            copy,
            set =>
                set.SetProperty(d => d.Snapshot, copy.Snapshot)
                    .SetProperty(d => d.IsOpen, copy.IsOpen)
                    .SetProperty(d => d.Deadline, copy.Deadline)
                    .SetProperty(d => d.Version, copy.Version)
                    .SetProperty(d => d.SourceUpdatedAt, copy.SourceUpdatedAt)
                    .SetProperty(d => d.Province, copy.Province)
                    .SetProperty(d => d.Industry, copy.Industry)
                    .SetProperty(d => d.IndustryParent, copy.IndustryParent)
                    .SetProperty(d => d.OwnerId, copy.OwnerId),
            cancellationToken
        );
    }

    private static async Task<bool> WriteIfNewerAsync<TListing>(
        this MatchingDbContext db,
        TListing copy,
        Action<UpdateSettersBuilder<TListing>> state,
        CancellationToken cancellationToken
    )
        where TListing : class, IListingCopy
    {
        var (id, version, takenAt) = (copy.Id, copy.Version, copy.SourceUpdatedAt);
        var older = db.Set<TListing>()
            .Where(l => l.Id == id && (l.Version < version || (l.Version == version && l.SourceUpdatedAt < takenAt)));
        if (await older.ExecuteUpdateAsync(state, cancellationToken) == 1)
        {
            return true;
        }

        if (!await db.Set<TListing>().AnyAsync(l => l.Id == id, cancellationToken))
        {
            db.Add(copy);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateException exception) when (exception.IsUniqueViolation())
            {
                // Another replica inserted the first copy in between (the save rolled back to its savepoint).
                db.Entry(copy).State = EntityState.Detached;
            }
        }

        // The copy exists, if only since the first UPDATE found nothing: the condition decides once more.
        return await older.ExecuteUpdateAsync(state, cancellationToken) == 1;
    }
}
