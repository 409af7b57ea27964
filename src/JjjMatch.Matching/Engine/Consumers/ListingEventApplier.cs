using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.BuildingBlocks.Observability;
using JjjMatch.Contracts;
using JjjMatch.Matching.Engine.Indexing;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Suggestions;
using JjjMatch.Matching.Persistence;

namespace JjjMatch.Matching.Engine.Consumers;

/// <summary>
/// The one flow both sides' events go through: the copy changes once per event (inbox) and only to a newer state of
/// its listing (<see cref="ListingCopies"/>); then the index follows the committed copy and the listing's suggestions
/// are drawn again, or, once it has left the market, withdrawn.
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

    /// <summary>A listing was published (opened) or changed: its copy takes the snapshot if it is newer.</summary>
    public async Task PutAsync<TListing, TSnapshot>(
        ListingSide<TListing, TSnapshot> side,
        IIntegrationEvent message,
        TSnapshot snapshot
    )
        where TListing : class, IListingCopy
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

                var copy = side.Copy(snapshot, true);
                // A release before versions sent withdrawals without a snapshot: its history says whether the listing
                // left after this snapshot was taken.
                if (copy.Version == 0 && await db.LeftMarketAfterAsync(id, updatedAt, side.LeavingEvents, ct))
                {
                    copy = side.Copy(snapshot, false);
                }

                await side.Write(db, copy, ct);
                db.Record(message, id, time);
            },
            Unstoppable
        );
        await indexer.SyncAsync(side.Kind, id, Unstoppable);
        await suggestions.RefreshAsync(side.Kind, id, Unstoppable);
        JjjMetrics.MatchLatency.Record((time.GetUtcNow() - message.OccurredAt).TotalMilliseconds);
    }

    /// <summary>
    /// A listing left the market: its copy stays, out of the index, and its pending suggestions are withdrawn. The
    /// leaving snapshot carries its version, so an older publication or update arriving later cannot bring it back.
    /// </summary>
    public async Task LeaveAsync<TListing, TSnapshot>(
        ListingSide<TListing, TSnapshot> side,
        IIntegrationEvent message,
        Guid id,
        TSnapshot? snapshot,
        string reason
    )
        where TListing : class, IListingCopy
        where TSnapshot : class
    {
        await inbox.ApplyOnceAsync(
            message,
            side.Consumer,
            async ct =>
            {
                if (snapshot is null)
                {
                    await LeaveWithoutSnapshotAsync<TListing>(id, message.OccurredAt.UtcDateTime, ct);
                }
                else if (side.Stamp(snapshot).Id != id)
                {
                    throw new InvalidEventException(
                        $"{message.GetType().Name} {message.EventId} carries the snapshot of another listing."
                    );
                }
                else
                {
                    await side.Write(db, side.Copy(snapshot, false), ct);
                }

                db.Record(message, id, time);
            },
            Unstoppable
        );
        await indexer.SyncAsync(side.Kind, id, Unstoppable);
        // After the copy's change is committed, so that a replica suggesting a pair of this listing at the same time
        // either sees it gone or has its pair found here (SuggestionWriter).
        await suggestions.WithdrawIfLeftAsync(side.Kind, id, reason, Unstoppable);
    }

    /// <summary>An event that changes nothing the matcher reads now; it is kept in the market history.</summary>
    public Task RecordAsync<TListing, TSnapshot>(
        ListingSide<TListing, TSnapshot> side,
        IIntegrationEvent message,
        Guid id
    )
        where TListing : class, IListingCopy =>
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

    // A leaving event of a release before versions; the inbox saves it with the copy's concurrency tokens, so a
    // snapshot written in between fails the save and the retry reads the copy again.
    private async Task LeaveWithoutSnapshotAsync<TListing>(Guid id, DateTime at, CancellationToken ct)
        where TListing : class, IListingCopy
    {
        switch (await db.Set<TListing>().FindAsync([id], ct))
        {
            case AchievementListing achievement:
                achievement.LeaveMarket(at);
                break;
            case DemandListing demand:
                demand.LeaveMarket(at);
                break;
        }
    }
}
