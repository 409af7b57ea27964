using JjjMatch.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Notifications.Features.Listings;

/// <summary>
/// Keeps, per listing, the state with the highest version (then the latest update), in any arrival order.
/// </summary>
public sealed class ListingCopies(NotificationsDbContext db)
{
    /// <returns>The stored copy when <paramref name="incoming"/> was newer than what was kept, else null.</returns>
    public async Task<ListingCopy?> PutAsync(ListingCopy incoming, CancellationToken cancellationToken)
    {
        var kept = await db.Listings.FirstOrDefaultAsync(l => l.Id == incoming.Id, cancellationToken);
        if (kept is null)
        {
            db.Listings.Add(incoming);
            return incoming;
        }

        if ((kept.Version, kept.UpdatedAt).CompareTo((incoming.Version, incoming.UpdatedAt)) >= 0)
        {
            return null;
        }

        db.Entry(kept).CurrentValues.SetValues(incoming);
        return kept;
    }
}
