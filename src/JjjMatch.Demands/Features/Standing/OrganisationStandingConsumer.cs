using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.Demands.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Features.Standing;

/// <summary>
/// The operator suspended an organisation, or lifted the suspension: its demands are marked or unmarked, never
/// withdrawn (docs/accounts.md).
/// </summary>
public sealed class OrganisationStandingConsumer(DemandsDbContext db, EventInbox<DemandsDbContext> inbox)
    : OrganisationStandingConsumerBase<DemandsDbContext>(inbox)
{
    protected override Task<int> MarkListingsAsync(
        Guid organisation,
        bool suspended,
        CancellationToken cancellationToken
    ) =>
        db
            .Demands.Where(d => d.OwnerId == organisation && d.OwnerSuspended != suspended)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.OwnerSuspended, suspended), cancellationToken);
}
