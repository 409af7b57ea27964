using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.Contracts.Accounts;
using JjjMatch.Demands.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Features.Standing;

/// <summary>
/// The operator suspended an organisation, or lifted the suspension: its demands are marked or unmarked, never
/// withdrawn (docs/accounts.md). Each event once, through the inbox.
/// </summary>
public sealed class OrganisationStandingConsumer(DemandsDbContext db, EventInbox<DemandsDbContext> inbox)
    : IConsumer<OrganisationSuspended>,
        IConsumer<OrganisationApproved>
{
    public Task Consume(ConsumeContext<OrganisationSuspended> context) =>
        MarkAsync(context.Message, context.Message.OrganisationId, suspended: true);

    public Task Consume(ConsumeContext<OrganisationApproved> context) =>
        MarkAsync(context.Message, context.Message.OrganisationId, suspended: false);

    private Task MarkAsync(Contracts.IIntegrationEvent message, Guid organisation, bool suspended) =>
        inbox.ApplyOnceAsync(
            message,
            nameof(OrganisationStandingConsumer),
            ct =>
                db.Demands.Where(d => d.OwnerId == organisation && d.OwnerSuspended != suspended)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.OwnerSuspended, suspended), ct),
            CancellationToken.None
        );
}
