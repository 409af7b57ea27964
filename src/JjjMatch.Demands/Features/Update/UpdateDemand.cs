using FluentValidation;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.Contracts.Demands;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using MediatR;

namespace JjjMatch.Demands.Features.Update;

public sealed record UpdateDemand(Guid Id, int? ExpectedVersion, DemandInput Body) : IRequest<DemandResponse>;

public sealed class UpdateDemandValidator : AbstractValidator<UpdateDemand>
{
    public UpdateDemandValidator(TimeProvider time) =>
        RuleFor(c => c.Body).SetValidator(new DemandInputValidator(time));
}

public sealed class UpdateDemandHandler(DemandsDbContext db, CurrentUser user, TimeProvider time)
    : IRequestHandler<UpdateDemand, DemandResponse>
{
    public async Task<DemandResponse> Handle(UpdateDemand request, CancellationToken cancellationToken)
    {
        var demand = await db.FindOwnedAsync(request.Id, user, cancellationToken);
        demand.EnsureVersion(request.ExpectedVersion);
        var now = time.GetUtcNow();
        demand.Update(request.Body.ToDetails(), now.UtcDateTime);
        if (demand.Status == DemandStatus.Open)
        {
            db.AddIntegrationEvent(
                new DemandUpdated(Guid.CreateVersion7(), now, DemandEvents.Producer, DemandEvents.Snapshot(demand))
            );
        }

        await db.SaveChangesAsync(cancellationToken);
        return DemandResponse.From(demand, now.UtcDateTime);
    }
}
