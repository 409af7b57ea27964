using Microsoft.EntityFrameworkCore;

namespace JjjMatch.BuildingBlocks.Import;

public static class ImportSaves
{
    /// <summary>
    /// Saves an imported listing; false when another import of the same key won the unique index meanwhile
    /// (<paramref name="isKnown"/> finds it), so the loser reports "already imported" instead of failing.
    /// </summary>
    public static async Task<bool> SaveImportedAsync(this DbContext db, Func<CancellationToken, Task<bool>> isKnown, CancellationToken cancellationToken)
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
