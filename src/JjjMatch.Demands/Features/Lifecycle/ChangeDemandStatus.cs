using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.Contracts.Demands;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using MediatR;

namespace JjjMatch.Demands.Features.Lifecycle;

public enum DemandTransition
{
    Open,
    Close,
}

/// <summary>
/// Open a draft, or close an open or awarded demand; each move that changes the market reports itself.
/// </summary>
public sealed record ChangeDemandStatus(Guid Id, DemandTransition Transition) : IRequest<DemandResponse>;

public sealed class ChangeDemandStatusHandler(DemandsDbContext db, CurrentUser user, TimeProvider time)
    : IRequestHandler<ChangeDemandStatus, DemandResponse>
{
    public async Task<DemandResponse> Handle(ChangeDemandStatus request, CancellationToken cancellationToken)
    {
        var demand = await db.FindOwnedAsync(request.Id, user, cancellationToken);
        var now = time.GetUtcNow();
        if (request.Transition == DemandTransition.Open)
        {
            user.EnsureApproved();
            demand.Open(now.UtcDateTime);
            db.AddIntegrationEvent(
                new DemandOpened(Guid.CreateVersion7(), now, DemandEvents.Producer, DemandEvents.Snapshot(demand))
            );
        }
        else
        {
            var wasOpen = demand.Status == DemandStatus.Open;
            demand.Close(now.UtcDateTime);
            // An awarded demand already left the market with DemandClosed(Awarded); closing it later is the
            // enterprise's bookkeeping.
            if (wasOpen)
            {
                db.AddIntegrationEvent(DemandEvents.Closed(demand, DemandCloseReason.Closed, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return DemandResponse.From(demand, now.UtcDateTime);
    }
}
