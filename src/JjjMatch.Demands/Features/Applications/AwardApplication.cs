using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.Contracts.Demands;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Features.Applications;

/// <summary>
/// The enterprise picks the winner (挂帅); the other live applications are declined and the demand leaves the market.
/// </summary>
public sealed record AwardApplication(Guid DemandId, Guid ApplicationId) : IRequest<DemandResponse>;

public sealed class AwardApplicationHandler(DemandsDbContext db, CurrentUser user, TimeProvider time)
    : IRequestHandler<AwardApplication, DemandResponse>
{
    public async Task<DemandResponse> Handle(AwardApplication request, CancellationToken cancellationToken)
    {
        var demand = await db.FindOwnedAsync(request.DemandId, user, cancellationToken);
        var now = time.GetUtcNow();
        var winner = demand.Award(request.ApplicationId, now.UtcDateTime);
        db.AddIntegrationEvent(
            new DemandAwarded(
                Guid.CreateVersion7(),
                now,
                DemandEvents.Producer,
                demand.Id,
                winner.Id,
                winner.ApplicantOrganisation,
                winner.ApplicantId
            )
        );
        // Matching only needs to know that the demand left the market, whatever the reason.
        db.AddIntegrationEvent(DemandEvents.Closed(demand, DemandCloseReason.Awarded, now));
        // The award introduces the two sides as an accepted match does: the winner now sees the demand's contact (and
        // an anonymous enterprise's name); the enterprise has seen the winner's contact since it applied.
        if (
            !await db.Introductions.AnyAsync(
                i => i.ListingId == demand.Id && i.OrganisationId == winner.ApplicantId,
                cancellationToken
            )
        )
        {
            db.Introductions.Add(
                new Introduction
                {
                    ListingId = demand.Id,
                    OrganisationId = winner.ApplicantId,
                    SourceId = winner.Id,
                    ByAward = true,
                    IntroducedAt = now.UtcDateTime,
                }
            );
        }

        await db.SaveChangesAsync(cancellationToken);
        return DemandResponse.From(demand, now.UtcDateTime);
    }
}
