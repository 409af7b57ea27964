using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.Contracts;
using JjjMatch.Contracts.Demands;
using JjjMatch.Notifications.Features.Inbox;
using JjjMatch.Notifications.Persistence;
using MassTransit;

namespace JjjMatch.Notifications.Features.Events;

/// <summary>
/// Open lists (揭榜挂帅): the enterprise hears of each application; the applicants hear whether they were awarded or
/// declined.
/// </summary>
public sealed class ApplicationEventsConsumer(
    NotificationsDbContext db,
    EventInbox<NotificationsDbContext> inbox,
    Notifier notifier
) : IConsumer<ApplicationSubmitted>, IConsumer<DemandAwarded>, IConsumer<DemandClosed>
{
    public Task Consume(ConsumeContext<ApplicationSubmitted> context)
    {
        var submitted = context.Message;
        return ApplyAsync(submitted, async ct =>
        {
            var demand = await db.Listings.FindAsync([submitted.DemandId], ct);
            if ((submitted.DemandOwnerId ?? demand?.OwnerId) is { } owner)
            {
                await notifier.NotifyAsync(
                    owner,
                    NotificationTypes.ApplicationSubmitted,
                    $"applied:{submitted.EventId}",
                    new NotificationSubject(DemandId: submitted.DemandId, ApplicationId: submitted.ApplicationId),
                    new { DemandTitle = demand?.Title, submitted.ApplicantOrganisation },
                    ct
                );
            }
        });
    }

    public Task Consume(ConsumeContext<DemandAwarded> context)
    {
        var awarded = context.Message;
        return ApplyAsync(awarded, async ct =>
        {
            if (awarded.ApplicantId is { } applicant)
            {
                var demand = await db.Listings.FindAsync([awarded.DemandId], ct);
                await notifier.NotifyAsync(
                    applicant,
                    NotificationTypes.ApplicationAwarded,
                    $"awarded:{awarded.EventId}",
                    new NotificationSubject(DemandId: awarded.DemandId, ApplicationId: awarded.ApplicationId),
                    new { DemandTitle = demand?.Title },
                    ct
                );
            }
        });
    }

    public Task Consume(ConsumeContext<DemandClosed> context)
    {
        var closed = context.Message;
        return ApplyAsync(closed, async ct =>
        {
            foreach (var applicant in closed.DeclinedApplicantIds ?? [])
            {
                await notifier.NotifyAsync(
                    applicant,
                    NotificationTypes.ApplicationDeclined,
                    $"declined:{closed.EventId}",
                    new NotificationSubject(DemandId: closed.DemandId),
                    new { DemandTitle = closed.Demand?.Title, Reason = closed.Reason },
                    ct
                );
            }
        });
    }

    private async Task ApplyAsync(IIntegrationEvent integrationEvent, Func<CancellationToken, Task> effect)
    {
        await inbox.ApplyOnceAsync(integrationEvent, nameof(ApplicationEventsConsumer), effect, CancellationToken.None);
        notifier.WakeDispatcherIfQueued();
    }
}
