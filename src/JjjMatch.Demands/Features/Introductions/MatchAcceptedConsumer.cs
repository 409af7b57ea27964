using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.Contracts.Matching;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Features.Introductions;

/// <summary>
/// An accepted match introduces the achievement's owner and the broker to the demand: they may now see its contact and,
/// for an anonymous open list, the enterprise's name.
/// </summary>
public sealed class MatchAcceptedConsumer(DemandsDbContext db, EventInbox<DemandsDbContext> inbox)
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
        Guid[] organisations = [accepted.AchievementOwnerId, accepted.BrokerOrganisationId];
        foreach (var organisation in organisations.Where(o => o != Guid.Empty).Distinct())
        {
            if (
                !await db.Introductions.AnyAsync(
                    i => i.ListingId == accepted.DemandId && i.OrganisationId == organisation,
                    cancellationToken
                )
            )
            {
                db.Introductions.Add(
                    new Introduction
                    {
                        ListingId = accepted.DemandId,
                        OrganisationId = organisation,
                        SourceId = accepted.MatchId,
                        IntroducedAt = accepted.OccurredAt.UtcDateTime,
                    }
                );
            }
        }
    }
}
