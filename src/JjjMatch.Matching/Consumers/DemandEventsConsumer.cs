using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.BuildingBlocks.Observability;
using JjjMatch.Contracts;
using JjjMatch.Contracts.Demands;
using JjjMatch.Matching.Indexing;
using JjjMatch.Matching.Listings;
using JjjMatch.Matching.Persistence;
using JjjMatch.Matching.Suggestions;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Consumers;

/// <summary>Keeps the copy of every open list and its suggestions up to date; one queue for all demand events, consumed in order.</summary>
public sealed class DemandEventsConsumer(
    MatchingDbContext db, EventInbox<MatchingDbContext> inbox, SuggestionWriter suggestions, ListingIndexer indexer, TimeProvider time)
    : IConsumer<DemandOpened>, IConsumer<DemandUpdated>, IConsumer<DemandClosed>, IConsumer<ApplicationSubmitted>, IConsumer<DemandAwarded>
{
    // A message being handled when the service stops is finished, not abandoned half-way: an abandoned one
    // can be faulted to the error queue instead of being redelivered.
    private static readonly CancellationToken Unstoppable = CancellationToken.None;

    private static readonly string[] LeavingEvents = [nameof(DemandClosed)];

    public Task Consume(ConsumeContext<DemandOpened> context) => Upsert(context, context.Message.Demand);

    public Task Consume(ConsumeContext<DemandUpdated> context) => Upsert(context, context.Message.Demand);

    public async Task Consume(ConsumeContext<DemandClosed> context)
    {
        var demandId = context.Message.DemandId;
        await inbox.ApplyOnceAsync(context.Message, nameof(DemandEventsConsumer), async ct =>
        {
            (await db.Demands.FirstOrDefaultAsync(d => d.Id == demandId, ct))?.Close();
            db.Record(context.Message, demandId, time);
            await suggestions.WithdrawAllAsync(m => m.DemandId == demandId, $"demand {context.Message.Reason.ToString().ToLowerInvariant()}", ct);
        }, Unstoppable);
        await indexer.SyncDemandAsync(demandId, Unstoppable);
    }

    public Task Consume(ConsumeContext<ApplicationSubmitted> context) => RecordOnly(context, context.Message.DemandId);

    public Task Consume(ConsumeContext<DemandAwarded> context) => RecordOnly(context, context.Message.DemandId);

    private async Task Upsert<TEvent>(ConsumeContext<TEvent> context, DemandSnapshot snapshot)
        where TEvent : class, IIntegrationEvent
    {
        await inbox.ApplyOnceAsync(context.Message, nameof(DemandEventsConsumer), async ct =>
        {
            if (snapshot.Id == Guid.Empty || string.IsNullOrWhiteSpace(snapshot.Title))
            {
                throw new InvalidEventException($"{typeof(TEvent).Name} {context.Message.EventId} has no demand id or title.");
            }

            var listing = await db.Demands.FirstOrDefaultAsync(d => d.Id == snapshot.Id, ct);
            if (listing is null)
            {
                listing = DemandListing.From(snapshot);
                db.Demands.Add(listing);
                if (await db.LeftMarketAfterAsync(snapshot.Id, snapshot.UpdatedAt, LeavingEvents, ct))
                {
                    listing.Close();
                }
            }
            else
            {
                listing.Replace(snapshot);
            }

            db.Record(context.Message, snapshot.Id, time);
        }, Unstoppable);
        await indexer.SyncDemandAsync(snapshot.Id, Unstoppable);
        await suggestions.RefreshDemandAsync(snapshot.Id, Unstoppable);
        JjjMetrics.MatchLatency.Record((time.GetUtcNow() - context.Message.OccurredAt).TotalMilliseconds);
    }

    private Task RecordOnly<TEvent>(ConsumeContext<TEvent> context, Guid demandId)
        where TEvent : class, IIntegrationEvent =>
        inbox.ApplyOnceAsync(context.Message, nameof(DemandEventsConsumer), ct =>
        {
            db.Record(context.Message, demandId, time);
            return Task.CompletedTask;
        }, Unstoppable);
}
