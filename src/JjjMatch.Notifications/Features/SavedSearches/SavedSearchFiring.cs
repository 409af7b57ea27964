using JjjMatch.Notifications.Features.Inbox;
using JjjMatch.Notifications.Features.Listings;
using JjjMatch.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Notifications.Features.SavedSearches;

/// <summary>
/// A listing version that satisfies saved searches fires each once: a hit row per (search, listing, version), and for
/// an immediate search a notification at once; a daily search's hits wait for its digest. An organisation's own
/// listings never fire its own searches.
/// </summary>
public sealed class SavedSearchFiring(
    NotificationsDbContext db,
    SavedSearchSync sync,
    Notifier notifier,
    TimeProvider time
)
{
    public async Task<int> FireAsync(ListingCopy listing, CancellationToken cancellationToken)
    {
        var index = await sync.CurrentAsync(db, cancellationToken);
        var ids = index.Match(listing);
        if (ids.Count == 0)
        {
            return 0;
        }

        var searches = await db
            .SavedSearches.Where(s => ids.Contains(s.Id) && s.DeletedAt == null && s.OrganisationId != listing.OwnerId)
            .ToListAsync(cancellationToken);
        var already = await db
            .SavedSearchHits.Where(h =>
                ids.Contains(h.SavedSearchId) && h.ListingId == listing.Id && h.ListingVersion == listing.Version
            )
            .Select(h => h.SavedSearchId)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var fired = 0;
        foreach (var search in searches.Where(s => !already.Contains(s.Id)))
        {
            db.SavedSearchHits.Add(
                new SavedSearchHit
                {
                    SavedSearchId = search.Id,
                    ListingId = listing.Id,
                    ListingVersion = listing.Version,
                    HitAt = now,
                    DigestedAt = search.Frequency == SavedSearch.Immediate ? now : null,
                }
            );
            fired++;
            if (search.Frequency == SavedSearch.Immediate)
            {
                await notifier.NotifyAsync(
                    search.OrganisationId,
                    NotificationTypes.SavedSearchHit,
                    $"search:{search.Id}:{listing.Id}:{listing.Version}",
                    Subject(search, listing),
                    new
                    {
                        SavedSearchName = search.Name,
                        ListingSide = listing.Side,
                        ListingTitle = listing.Title,
                    },
                    cancellationToken
                );
            }
        }

        return fired;
    }

    private static NotificationSubject Subject(SavedSearch search, ListingCopy listing) =>
        listing.Side == ListingCopy.Achievement
            ? new NotificationSubject(AchievementId: listing.Id, SavedSearchId: search.Id)
            : new NotificationSubject(DemandId: listing.Id, SavedSearchId: search.Id);
}
