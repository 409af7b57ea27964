using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.Contracts;
using JjjMatch.Contracts.Achievements;
using JjjMatch.Matching.Listings;
using JjjMatch.Matching.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Consumers;

/// <summary>
/// Keeps the copy of every achievement up to date. One consumer (so one queue, consumed in order) for all
/// achievement events, so a withdrawal can never overtake the publication it withdraws.
/// </summary>
public sealed class AchievementEventsConsumer(MatchingDbContext db, EventInbox<MatchingDbContext> inbox, TimeProvider time)
    : IConsumer<AchievementPublished>, IConsumer<AchievementUpdated>, IConsumer<AchievementWithdrawn>, IConsumer<AchievementTransferred>
{
    public Task Consume(ConsumeContext<AchievementPublished> context) => Upsert(context, context.Message.Achievement);

    public Task Consume(ConsumeContext<AchievementUpdated> context) => Upsert(context, context.Message.Achievement);

    public Task Consume(ConsumeContext<AchievementWithdrawn> context) => Deactivate(context, context.Message.AchievementId);

    public Task Consume(ConsumeContext<AchievementTransferred> context) => Deactivate(context, context.Message.AchievementId);

    private Task Upsert<TEvent>(ConsumeContext<TEvent> context, AchievementSnapshot snapshot)
        where TEvent : class, IIntegrationEvent =>
        inbox.ApplyOnceAsync(context.Message, nameof(AchievementEventsConsumer), async ct =>
        {
            if (snapshot.Id == Guid.Empty || string.IsNullOrWhiteSpace(snapshot.Title))
            {
                throw new InvalidEventException($"{typeof(TEvent).Name} {context.Message.EventId} has no achievement id or title.");
            }

            var listing = await db.Achievements.FirstOrDefaultAsync(a => a.Id == snapshot.Id, ct);
            if (listing is null)
            {
                db.Achievements.Add(AchievementListing.From(snapshot));
            }
            else
            {
                listing.Replace(snapshot);
            }

            db.Record(context.Message, snapshot.Id, time);
        }, context.CancellationToken);

    private Task Deactivate<TEvent>(ConsumeContext<TEvent> context, Guid achievementId)
        where TEvent : class, IIntegrationEvent =>
        inbox.ApplyOnceAsync(context.Message, nameof(AchievementEventsConsumer), async ct =>
        {
            (await db.Achievements.FirstOrDefaultAsync(a => a.Id == achievementId, ct))?.Deactivate();
            db.Record(context.Message, achievementId, time);
        }, context.CancellationToken);
}
