using JjjMatch.Contracts;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Engine.Consumers;

internal static class MarketHistory
{
    /// <summary>
    /// Whether the listing left the market after this snapshot was taken: a withdrawal or closure that was
    /// consumed before the (replayed or overtaken) publication it ends.
    /// </summary>
    public static Task<bool> LeftMarketAfterAsync(
        this MatchingDbContext db,
        Guid listingId,
        DateTimeOffset snapshotTime,
        string[] leavingEvents,
        CancellationToken ct
    )
    {
        var after = snapshotTime.UtcDateTime;
        return db.MarketEvents.AnyAsync(
            e => e.ListingId == listingId && leavingEvents.Contains(e.Type) && e.OccurredAt >= after,
            ct
        );
    }

    public static void Record(
        this MatchingDbContext db,
        IIntegrationEvent integrationEvent,
        Guid listingId,
        TimeProvider time
    ) =>
        db.MarketEvents.Add(
            new MarketEvent
            {
                EventId = integrationEvent.EventId,
                Type = integrationEvent.GetType().Name,
                ListingId = listingId,
                OccurredAt = integrationEvent.OccurredAt.UtcDateTime,
                ReceivedAt = time.GetUtcNow().UtcDateTime,
            }
        );
}
