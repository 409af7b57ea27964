using JjjMatch.Contracts;
using JjjMatch.Matching.Listings;
using JjjMatch.Matching.Persistence;

namespace JjjMatch.Matching.Consumers;

internal static class MarketHistory
{
    public static void Record(this MatchingDbContext db, IIntegrationEvent integrationEvent, Guid listingId, TimeProvider time) =>
        db.MarketEvents.Add(new MarketEvent
        {
            EventId = integrationEvent.EventId,
            Type = integrationEvent.GetType().Name,
            ListingId = listingId,
            OccurredAt = integrationEvent.OccurredAt.UtcDateTime,
            ReceivedAt = time.GetUtcNow().UtcDateTime,
        });
}
