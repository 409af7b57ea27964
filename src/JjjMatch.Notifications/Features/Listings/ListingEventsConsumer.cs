using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.Contracts;
using JjjMatch.Contracts.Achievements;
using JjjMatch.Contracts.Demands;
using JjjMatch.Notifications.Features.Events;
using JjjMatch.Notifications.Features.Inbox;
using JjjMatch.Notifications.Features.SavedSearches;
using JjjMatch.Notifications.Persistence;
using MassTransit;

namespace JjjMatch.Notifications.Features.Listings;

/// <summary>
/// Applies a listing event to the copy; a newer live version fires the saved searches it now satisfies and announces
/// suggestions that were waiting for this copy.
/// </summary>
public sealed class ListingEventHandler(
    EventInbox<NotificationsDbContext> inbox,
    ListingCopies copies,
    SavedSearchFiring searches,
    MatchAnnouncer matches,
    Notifier notifier
)
{
    public async Task ApplyAsync(IIntegrationEvent integrationEvent, string consumer, ListingCopy? incoming)
    {
        // Finished even when the service stops meanwhile: an abandoned message could be faulted instead of redelivered.
        await inbox.ApplyOnceAsync(
            integrationEvent,
            consumer,
            async ct =>
            {
                if (incoming is null || await copies.PutAsync(incoming, ct) is not { } stored)
                {
                    return;
                }

                if (stored.Live)
                {
                    await searches.FireAsync(stored, ct);
                }

                await matches.AnnounceWaitingAsync(stored, ct);
            },
            CancellationToken.None
        );
        notifier.WakeDispatcherIfQueued();
    }
}

public sealed class AchievementEventsConsumer(ListingEventHandler handler)
    : IConsumer<AchievementPublished>,
        IConsumer<AchievementUpdated>,
        IConsumer<AchievementWithdrawn>,
        IConsumer<AchievementTransferred>
{
    private const string Name = nameof(AchievementEventsConsumer);

    public Task Consume(ConsumeContext<AchievementPublished> context) =>
        handler.ApplyAsync(context.Message, Name, ListingCopyMapping.From(context.Message.Achievement));

    public Task Consume(ConsumeContext<AchievementUpdated> context) =>
        handler.ApplyAsync(context.Message, Name, ListingCopyMapping.From(context.Message.Achievement));

    public Task Consume(ConsumeContext<AchievementWithdrawn> context) =>
        handler.ApplyAsync(context.Message, Name, Left(context.Message.Achievement));

    public Task Consume(ConsumeContext<AchievementTransferred> context) =>
        handler.ApplyAsync(context.Message, Name, Left(context.Message.Achievement));

    private static ListingCopy? Left(AchievementSnapshot? snapshot) =>
        snapshot is null ? null : Gone(ListingCopyMapping.From(snapshot));

    internal static ListingCopy Gone(ListingCopy copy)
    {
        copy.Live = false;
        return copy;
    }
}

public sealed class DemandEventsConsumer(ListingEventHandler handler)
    : IConsumer<DemandOpened>,
        IConsumer<DemandUpdated>,
        IConsumer<DemandClosed>
{
    private const string Name = nameof(DemandEventsConsumer);

    public Task Consume(ConsumeContext<DemandOpened> context) =>
        handler.ApplyAsync(context.Message, Name, ListingCopyMapping.From(context.Message.Demand));

    public Task Consume(ConsumeContext<DemandUpdated> context) =>
        handler.ApplyAsync(context.Message, Name, ListingCopyMapping.From(context.Message.Demand));

    public Task Consume(ConsumeContext<DemandClosed> context) =>
        handler.ApplyAsync(
            context.Message,
            Name,
            context.Message.Demand is { } demand
                ? AchievementEventsConsumer.Gone(ListingCopyMapping.From(demand))
                : null
        );
}
