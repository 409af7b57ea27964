using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Contracts;
using JjjMatch.Contracts.Accounts;
using MassTransit;

namespace JjjMatch.BuildingBlocks.Inbox;

/// <summary>
/// A listing service's consumer of an organisation's standing (docs/accounts.md): a suspension marks all its
/// listings, an approval (which lifts a suspension) unmarks them, never withdrawing anything; each event once, through
/// the inbox. Each service derives its own <c>OrganisationStandingConsumer</c> in its own namespace, which keeps its
/// MassTransit endpoint (named after the service and the consumer type) and the inbox rows already written under
/// <see cref="InboxConsumer"/>.
/// </summary>
public abstract class OrganisationStandingConsumerBase<TContext>(EventInbox<TContext> inbox)
    : IConsumer<OrganisationSuspended>,
        IConsumer<OrganisationApproved>
    where TContext : ServiceDbContext
{
    /// <summary>The inbox's consumer name, the one the services' consumers have always written.</summary>
    public const string InboxConsumer = "OrganisationStandingConsumer";

    public Task Consume(ConsumeContext<OrganisationSuspended> context) =>
        ApplyAsync(context.Message, context.Message.OrganisationId, suspended: true);

    public Task Consume(ConsumeContext<OrganisationApproved> context) =>
        ApplyAsync(context.Message, context.Message.OrganisationId, suspended: false);

    /// <summary>Sets the mark on the organisation's listings that do not carry it yet.</summary>
    protected abstract Task<int> MarkListingsAsync(
        Guid organisation,
        bool suspended,
        CancellationToken cancellationToken
    );

    private Task ApplyAsync(IIntegrationEvent message, Guid organisation, bool suspended) =>
        inbox.ApplyOnceAsync(
            message,
            InboxConsumer,
            ct => MarkListingsAsync(organisation, suspended, ct),
            CancellationToken.None
        );
}
