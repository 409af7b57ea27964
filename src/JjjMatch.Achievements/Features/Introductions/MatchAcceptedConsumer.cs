using JjjMatch.Achievements.Domain;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.Contracts.Matching;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Achievements.Features.Introductions;

/// <summary>
/// An accepted match introduces the demand's owner and the broker to the achievement: they may now see its contact.
/// </summary>
public sealed class MatchAcceptedConsumer(AchievementsDbContext db, EventInbox<AchievementsDbContext> inbox)
    : IConsumer<MatchAccepted>
{
    public Task Consume(ConsumeContext<MatchAccepted> context)
    {
        var accepted = context.Message;
        // Finished even when the service stops meanwhile: an abandoned message could be faulted instead of redelivered.
        return inbox.ApplyOnceAsync(
            accepted,
            nameof(MatchAcceptedConsumer),
            ct => IntroduceAsync(accepted, ct),
            CancellationToken.None
        );
    }

    /// <summary>An organisation introduced already (by this or another match) keeps its first introduction.</summary>
    private async Task IntroduceAsync(MatchAccepted accepted, CancellationToken cancellationToken)
    {
        Guid[] organisations = [accepted.DemandOwnerId, accepted.BrokerOrganisationId];
        foreach (var organisation in organisations.Where(o => o != Guid.Empty).Distinct())
        {
            if (
                !await db.Introductions.AnyAsync(
                    i => i.ListingId == accepted.AchievementId && i.OrganisationId == organisation,
                    cancellationToken
                )
            )
            {
                db.Introductions.Add(
                    new Introduction
                    {
                        ListingId = accepted.AchievementId,
                        OrganisationId = organisation,
                        MatchId = accepted.MatchId,
                        IntroducedAt = accepted.OccurredAt.UtcDateTime,
                    }
                );
            }
        }
    }
}
