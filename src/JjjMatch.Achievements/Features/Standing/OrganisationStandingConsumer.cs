using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Inbox;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Achievements.Features.Standing;

/// <summary>
/// The operator suspended an organisation, or lifted the suspension: its achievements are marked or unmarked, never
/// withdrawn (docs/accounts.md).
/// </summary>
public sealed class OrganisationStandingConsumer(AchievementsDbContext db, EventInbox<AchievementsDbContext> inbox)
    : OrganisationStandingConsumerBase<AchievementsDbContext>(inbox)
{
    protected override Task<int> MarkListingsAsync(
        Guid organisation,
        bool suspended,
        CancellationToken cancellationToken
    ) =>
        db
            .Achievements.Where(a => a.OwnerId == organisation && a.OwnerSuspended != suspended)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.OwnerSuspended, suspended), cancellationToken);
}
