using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.BuildingBlocks.Introductions;
using JjjMatch.Contracts.Matching;
using MassTransit;

namespace JjjMatch.Achievements.Features.Introductions;

/// <summary>An accepted match introduces the demand's owner and the broker to the achievement: they may now see its contact.</summary>
public sealed class MatchAcceptedConsumer(AchievementsDbContext db, EventInbox<AchievementsDbContext> inbox) : IConsumer<MatchAccepted>
{
    public Task Consume(ConsumeContext<MatchAccepted> context)
    {
        var accepted = context.Message;
        // Finished even when the service stops meanwhile: an abandoned message could be faulted instead of redelivered.
        return inbox.ApplyOnceAsync(accepted, nameof(MatchAcceptedConsumer), ct => db.IntroduceAsync(
            accepted.AchievementId, [accepted.DemandOwnerId, accepted.BrokerOrganisationId], accepted.MatchId, accepted.OccurredAt.UtcDateTime, ct),
            CancellationToken.None);
    }
}
