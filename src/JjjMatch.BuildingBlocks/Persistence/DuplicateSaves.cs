using Microsoft.EntityFrameworkCore;

namespace JjjMatch.BuildingBlocks.Persistence;

public static class DuplicateSaves
{
    /// <summary>
    /// Saves a new row guarded by a unique index (an import key); false when a concurrent writer of the same key won
    /// the
    /// index meanwhile (<paramref name="isKnown"/> finds it), so the loser reports a duplicate instead of failing.
    /// </summary>
    public static async Task<bool> SaveUnlessDuplicateAsync(
        this DbContext db,
        Func<CancellationToken, Task<bool>> isKnown,
        CancellationToken cancellationToken
    )
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            if (await isKnown(CancellationToken.None))
            {
                return false;
            }

            throw;
        }
    }
}
