using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.BuildingBlocks.Observability;
using JjjMatch.Contracts;
using JjjMatch.Contracts.Achievements;
using JjjMatch.Matching.Indexing;
using JjjMatch.Matching.Listings;
using JjjMatch.Matching.Persistence;
using JjjMatch.Matching.Suggestions;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Consumers;

/// <summary>
/// Keeps the copy of every achievement and its suggestions up to date. One consumer (so one queue, consumed
/// in order) for all achievement events, so a withdrawal can never overtake the publication it withdraws.
/// </summary>
public sealed class AchievementEventsConsumer(
    MatchingDbContext db, EventInbox<MatchingDbContext> inbox, SuggestionWriter suggestions, ListingIndexer indexer, TimeProvider time)
    : IConsumer<AchievementPublished>, IConsumer<AchievementUpdated>, IConsumer<AchievementWithdrawn>, IConsumer<AchievementTransferred>
{
    // A message being handled when the service stops is finished, not abandoned half-way: an abandoned one
    // can be faulted to the error queue instead of being redelivered.
    private static readonly CancellationToken Unstoppable = CancellationToken.None;

    private static readonly string[] LeavingEvents = [nameof(AchievementWithdrawn), nameof(AchievementTransferred)];

    public Task Consume(ConsumeContext<AchievementPublished> context) => Upsert(context, context.Message.Achievement);

    public Task Consume(ConsumeContext<AchievementUpdated> context) => Upsert(context, context.Message.Achievement);

    public Task Consume(ConsumeContext<AchievementWithdrawn> context) => Deactivate(context, context.Message.AchievementId, "achievement withdrawn");

    public Task Consume(ConsumeContext<AchievementTransferred> context) => Deactivate(context, context.Message.AchievementId, "achievement transferred");

    private async Task Upsert<TEvent>(ConsumeContext<TEvent> context, AchievementSnapshot snapshot)
        where TEvent : class, IIntegrationEvent
    {
        await inbox.ApplyOnceAsync(context.Message, nameof(AchievementEventsConsumer), async ct =>
        {
            if (snapshot.Id == Guid.Empty || string.IsNullOrWhiteSpace(snapshot.Title))
            {
                throw new InvalidEventException($"{typeof(TEvent).Name} {context.Message.EventId} has no achievement id or title.");
            }

            var listing = await db.Achievements.FirstOrDefaultAsync(a => a.Id == snapshot.Id, ct);
            if (listing is null)
            {
                listing = AchievementListing.From(snapshot);
                db.Achievements.Add(listing);
                if (await db.LeftMarketAfterAsync(snapshot.Id, snapshot.UpdatedAt, LeavingEvents, ct))
                {
                    listing.Deactivate();
                }
            }
            else
            {
                listing.Replace(snapshot);
            }

            db.Record(context.Message, snapshot.Id, time);
        }, Unstoppable);
        await indexer.SyncAchievementAsync(snapshot.Id, Unstoppable);
        await suggestions.RefreshAchievementAsync(snapshot.Id, Unstoppable);
        JjjMetrics.MatchLatency.Record((time.GetUtcNow() - context.Message.OccurredAt).TotalMilliseconds);
    }

    private async Task Deactivate<TEvent>(ConsumeContext<TEvent> context, Guid achievementId, string reason)
        where TEvent : class, IIntegrationEvent
    {
        await inbox.ApplyOnceAsync(context.Message, nameof(AchievementEventsConsumer), async ct =>
        {
            (await db.Achievements.FirstOrDefaultAsync(a => a.Id == achievementId, ct))?.Deactivate();
            db.Record(context.Message, achievementId, time);
            await suggestions.WithdrawAllAsync(m => m.AchievementId == achievementId, reason, ct);
        }, Unstoppable);
        await indexer.SyncAchievementAsync(achievementId, Unstoppable);
    }
}
