using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.Contracts.Accounts;
using JjjMatch.Matching.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Engine.Standing;

/// <summary>
/// The operator suspended an organisation, or approved it again: the matcher records it, so that its pairs show the
/// owner suspended and no new pair is suggested with its listings; nothing is withdrawn (docs/accounts.md). Each event
/// once, through the inbox.
/// </summary>
public sealed class OrganisationStandingConsumer(MatchingDbContext db, EventInbox<MatchingDbContext> inbox)
    : IConsumer<OrganisationSuspended>,
        IConsumer<OrganisationApproved>
{
    public Task Consume(ConsumeContext<OrganisationSuspended> context) =>
        inbox.ApplyOnceAsync(
            context.Message,
            nameof(OrganisationStandingConsumer),
            async ct =>
            {
                var organisation = context.Message.OrganisationId;
                if (!await db.SuspendedOrganisations.AnyAsync(s => s.OrganisationId == organisation, ct))
                {
                    db.SuspendedOrganisations.Add(
                        new SuspendedOrganisation(organisation, context.Message.OccurredAt.UtcDateTime)
                    );
                }
            },
            CancellationToken.None
        );

    public Task Consume(ConsumeContext<OrganisationApproved> context) =>
        inbox.ApplyOnceAsync(
            context.Message,
            nameof(OrganisationStandingConsumer),
            ct =>
                db.SuspendedOrganisations.Where(s => s.OrganisationId == context.Message.OrganisationId)
                    .ExecuteDeleteAsync(ct),
            CancellationToken.None
        );
}
