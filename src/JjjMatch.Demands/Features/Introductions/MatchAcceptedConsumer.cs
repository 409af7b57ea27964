using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.BuildingBlocks.Introductions;
using JjjMatch.Contracts.Matching;
using JjjMatch.Demands.Persistence;

namespace JjjMatch.Demands.Features.Introductions;

/// <summary>
/// An accepted match introduces the achievement's owner and the broker to the demand: they may now see its contact and,
/// for an anonymous open list, the enterprise's name.
/// </summary>
public sealed class MatchAcceptedConsumer(DemandsDbContext db, EventInbox<DemandsDbContext> inbox)
    : IntroductionConsumer<DemandsDbContext>(db, inbox)
{
    protected override (Guid Listing, Guid[] Organisations) Introduced(MatchAccepted accepted) =>
        (accepted.DemandId, [accepted.AchievementOwnerId, accepted.BrokerOrganisationId]);
}
