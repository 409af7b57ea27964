using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.Contracts;
using JjjMatch.Contracts.Demands;
using JjjMatch.Matching.Listings;
using JjjMatch.Matching.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Consumers;

/// <summary>Keeps the copy of every open list up to date; one queue for all demand events, consumed in order.</summary>
public sealed class DemandEventsConsumer(MatchingDbContext db, EventInbox<MatchingDbContext> inbox, TimeProvider time)
    : IConsumer<DemandOpened>, IConsumer<DemandUpdated>, IConsumer<DemandClosed>, IConsumer<ApplicationSubmitted>, IConsumer<DemandAwarded>
{
    public Task Consume(ConsumeContext<DemandOpened> context) => Upsert(context, context.Message.Demand);

    public Task Consume(ConsumeContext<DemandUpdated> context) => Upsert(context, context.Message.Demand);

    public Task Consume(ConsumeContext<DemandClosed> context) =>
        inbox.ApplyOnceAsync(context.Message, nameof(DemandEventsConsumer), async ct =>
        {
            (await db.Demands.FirstOrDefaultAsync(d => d.Id == context.Message.DemandId, ct))?.Close();
            db.Record(context.Message, context.Message.DemandId, time);
        }, context.CancellationToken);

    public Task Consume(ConsumeContext<ApplicationSubmitted> context) => RecordOnly(context, context.Message.DemandId);

    public Task Consume(ConsumeContext<DemandAwarded> context) => RecordOnly(context, context.Message.DemandId);

    private Task Upsert<TEvent>(ConsumeContext<TEvent> context, DemandSnapshot snapshot)
        where TEvent : class, IIntegrationEvent =>
        inbox.ApplyOnceAsync(context.Message, nameof(DemandEventsConsumer), async ct =>
        {
            if (snapshot.Id == Guid.Empty || string.IsNullOrWhiteSpace(snapshot.Title))
            {
                throw new InvalidEventException($"{typeof(TEvent).Name} {context.Message.EventId} has no demand id or title.");
            }

            var listing = await db.Demands.FirstOrDefaultAsync(d => d.Id == snapshot.Id, ct);
            if (listing is null)
            {
                db.Demands.Add(DemandListing.From(snapshot));
            }
            else
            {
                listing.Replace(snapshot);
            }

            db.Record(context.Message, snapshot.Id, time);
        }, context.CancellationToken);

    private Task RecordOnly<TEvent>(ConsumeContext<TEvent> context, Guid demandId)
        where TEvent : class, IIntegrationEvent =>
        inbox.ApplyOnceAsync(context.Message, nameof(DemandEventsConsumer), ct =>
        {
            db.Record(context.Message, demandId, time);
            return Task.CompletedTask;
        }, context.CancellationToken);
}
