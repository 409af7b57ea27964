using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.Contracts.Accounts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Achievements.Features.Standing;

/// <summary>
/// The operator suspended an organisation, or lifted the suspension: its achievements are marked or unmarked, never
/// withdrawn (docs/accounts.md). Each event once, through the inbox.
/// </summary>
public sealed class OrganisationStandingConsumer(AchievementsDbContext db, EventInbox<AchievementsDbContext> inbox)
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
                db.Achievements.Where(a => a.OwnerId == organisation && a.OwnerSuspended != suspended)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.OwnerSuspended, suspended), ct),
            CancellationToken.None
        );
}
