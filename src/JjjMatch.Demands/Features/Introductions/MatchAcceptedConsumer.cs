using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.BuildingBlocks.Introductions;
using JjjMatch.Contracts.Matching;
using JjjMatch.Demands.Persistence;
using MassTransit;

namespace JjjMatch.Demands.Features.Introductions;

/// <summary>
/// An accepted match introduces the achievement's owner and the broker to the demand: they may now see its contact and,
/// for an anonymous open list, the enterprise's name.
/// </summary>
public sealed class MatchAcceptedConsumer(DemandsDbContext db, EventInbox<DemandsDbContext> inbox) : IConsumer<MatchAccepted>
{
    public Task Consume(ConsumeContext<MatchAccepted> context)
    {
        var accepted = context.Message;
        // Finished even when the service stops meanwhile: an abandoned message could be faulted instead of redelivered.
        return inbox.ApplyOnceAsync(accepted, nameof(MatchAcceptedConsumer), ct => db.IntroduceAsync(
            accepted.DemandId, [accepted.AchievementOwnerId, accepted.BrokerOrganisationId], accepted.MatchId, accepted.OccurredAt.UtcDateTime, ct),
            CancellationToken.None);
    }
}
