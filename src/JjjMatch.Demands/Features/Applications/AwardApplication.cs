using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.Contracts.Demands;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using MediatR;

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
        await db.SaveChangesAsync(cancellationToken);
        return DemandResponse.From(demand, now.UtcDateTime);
    }
}
