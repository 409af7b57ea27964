using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.BuildingBlocks.Observability;
using JjjMatch.Contracts;
using JjjMatch.Matching.Engine.Indexing;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Suggestions;
using JjjMatch.Matching.Persistence;

namespace JjjMatch.Matching.Engine.Consumers;

/// <summary>
/// The one flow both sides' events go through: the copy changes once per event (inbox), then the index follows the
/// committed copy and the listing's suggestions are drawn again.
/// </summary>
public sealed class ListingEventApplier(
    MatchingDbContext db,
    EventInbox<MatchingDbContext> inbox,
    SuggestionWriter suggestions,
    ListingIndexer indexer,
    TimeProvider time
)
{
    // A message being handled when the service stops is finished, not abandoned half-way: an abandoned one
    // can be faulted to the error queue instead of being redelivered.
    private static readonly CancellationToken Unstoppable = CancellationToken.None;

    /// <summary>A listing was published (opened) or changed: its copy takes the newer snapshot.</summary>
    public async Task PutAsync<TListing, TSnapshot>(
        ListingSide<TListing, TSnapshot> side,
        IIntegrationEvent message,
        TSnapshot snapshot
    )
        where TListing : class, IListingCopy<TSnapshot>
    {
        var (id, title, updatedAt) = side.Stamp(snapshot);
        await inbox.ApplyOnceAsync(
            message,
            side.Consumer,
            async ct =>
            {
                if (id == Guid.Empty || string.IsNullOrWhiteSpace(title))
                {
                    throw new InvalidEventException(
                        $"{message.GetType().Name} {message.EventId} has no "
                            + $"{side.Kind.ToString().ToLowerInvariant()} id or title."
                    );
                }

                var listing = await db.Set<TListing>().FindAsync([id], ct);
                if (listing is null)
                {
                    listing = side.Copy(snapshot);
                    db.Add(listing);
                    if (await db.LeftMarketAfterAsync(id, updatedAt, side.LeavingEvents, ct))
                    {
                        listing.LeaveMarket();
                    }
                }
                else
                {
                    listing.Replace(snapshot);
                }

                db.Record(message, id, time);
            },
            Unstoppable
        );
        await indexer.SyncAsync(side.Kind, id, Unstoppable);
        await suggestions.RefreshAsync(side.Kind, id, Unstoppable);
        JjjMetrics.MatchLatency.Record((time.GetUtcNow() - message.OccurredAt).TotalMilliseconds);
    }

    /// <summary>
    /// A listing left the market: its copy stays, out of the index, and its pending suggestions are withdrawn.
    /// </summary>
    public async Task LeaveAsync<TListing, TSnapshot>(
        ListingSide<TListing, TSnapshot> side,
        IIntegrationEvent message,
        Guid id,
        string reason
    )
        where TListing : class, IListingCopy<TSnapshot>
    {
        await inbox.ApplyOnceAsync(
            message,
            side.Consumer,
            async ct =>
            {
                (await db.Set<TListing>().FindAsync([id], ct))?.LeaveMarket();
                db.Record(message, id, time);
                await suggestions.WithdrawAllAsync(side.Kind, id, reason, ct);
            },
            Unstoppable
        );
        await indexer.SyncAsync(side.Kind, id, Unstoppable);
    }

    /// <summary>An event that changes nothing the matcher reads now; it is kept in the market history.</summary>
    public Task RecordAsync<TListing, TSnapshot>(
        ListingSide<TListing, TSnapshot> side,
        IIntegrationEvent message,
        Guid id
    )
        where TListing : class, IListingCopy<TSnapshot> =>
        inbox.ApplyOnceAsync(
            message,
            side.Consumer,
            _ =>
            {
                db.Record(message, id, time);
                return Task.CompletedTask;
            },
            Unstoppable
        );
}
