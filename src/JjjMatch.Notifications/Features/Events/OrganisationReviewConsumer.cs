using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.Contracts;
using JjjMatch.Contracts.Accounts;
using JjjMatch.Notifications.Features.Inbox;
using JjjMatch.Notifications.Persistence;
using MassTransit;

namespace JjjMatch.Notifications.Features.Events;

/// <summary>
/// The operator's review of an organisation, told to the organisation itself: approved (or a suspension lifted),
/// rejected with the reason, suspended with the reason. A rejected organisation's people cannot sign in any more, so
/// its webhooks (and the administrators' mail the accounts service sends) are how it hears; the inbox keeps the record.
/// </summary>
public sealed class OrganisationReviewConsumer(EventInbox<NotificationsDbContext> inbox, Notifier notifier)
    : IConsumer<OrganisationApproved>,
        IConsumer<OrganisationRejected>,
        IConsumer<OrganisationSuspended>
{
    public Task Consume(ConsumeContext<OrganisationApproved> context) =>
        TellAsync(
            context.Message,
            context.Message.OrganisationId,
            NotificationTypes.OrganisationApproved,
            new { context.Message.Name }
        );

    public Task Consume(ConsumeContext<OrganisationRejected> context) =>
        TellAsync(
            context.Message,
            context.Message.OrganisationId,
            NotificationTypes.OrganisationRejected,
            new { context.Message.Name, context.Message.Reason }
        );

    public Task Consume(ConsumeContext<OrganisationSuspended> context) =>
        TellAsync(
            context.Message,
            context.Message.OrganisationId,
            NotificationTypes.OrganisationSuspended,
            new { context.Message.Name, context.Message.Reason }
        );

    private async Task TellAsync(IIntegrationEvent integrationEvent, Guid organisation, string type, object data)
    {
        await inbox.ApplyOnceAsync(
            integrationEvent,
            nameof(OrganisationReviewConsumer),
            ct =>
                notifier.NotifyAsync(
                    organisation,
                    type,
                    $"{type}:{integrationEvent.EventId}",
                    new NotificationSubject(),
                    data,
                    ct
                ),
            CancellationToken.None
        );
        notifier.WakeDispatcherIfQueued();
    }
}
