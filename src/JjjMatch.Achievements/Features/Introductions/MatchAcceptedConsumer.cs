using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.BuildingBlocks.Introductions;
using JjjMatch.Contracts.Matching;

namespace JjjMatch.Achievements.Features.Introductions;

/// <summary>An accepted match introduces the demand's owner and the broker to the achievement: they may now see its contact.</summary>
public sealed class MatchAcceptedConsumer(AchievementsDbContext db, EventInbox<AchievementsDbContext> inbox)
    : IntroductionConsumer<AchievementsDbContext>(db, inbox)
{
    protected override (Guid Listing, Guid[] Organisations) Introduced(MatchAccepted accepted) =>
        (accepted.AchievementId, [accepted.DemandOwnerId, accepted.BrokerOrganisationId]);
}
