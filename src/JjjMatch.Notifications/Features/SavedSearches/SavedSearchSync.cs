using JjjMatch.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Notifications.Features.SavedSearches;

/// <summary>
/// Brings this process's <see cref="SavedSearchIndex"/> up to date with the database before a listing is matched:
/// every search changed (or deleted) since the last look, by any replica. The look reaches a few seconds back, since a
/// change stamped earlier may commit later; applying a change twice is harmless.
/// </summary>
public sealed class SavedSearchSync(SavedSearchIndex index) : IDisposable
{
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private DateTime seenUpTo = DateTime.MinValue;

    public SavedSearchIndex Index => index;

    public void Dispose() => gate.Dispose();

    public async Task<SavedSearchIndex> CurrentAsync(NotificationsDbContext db, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var from = seenUpTo == DateTime.MinValue ? seenUpTo : seenUpTo - Overlap;
            var changed = await db
                .SavedSearches.AsNoTracking()
                .Where(s => s.UpdatedAt >= from)
                .OrderBy(s => s.UpdatedAt)
                .ToListAsync(cancellationToken);
            foreach (var search in changed)
            {
                index.Put(search);
                if (search.UpdatedAt > seenUpTo)
                {
                    seenUpTo = search.UpdatedAt;
                }
            }

            return index;
        }
        finally
        {
            gate.Release();
        }
    }
}
