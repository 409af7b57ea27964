using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Features.Get;

public sealed record GetDemand(Guid Id) : IRequest<DemandResponse>;

public sealed class GetDemandHandler(DemandsDbContext db, CurrentUser user, TimeProvider time)
    : IRequestHandler<GetDemand, DemandResponse>
{
    public async Task<DemandResponse> Handle(GetDemand request, CancellationToken cancellationToken)
    {
        var demand = await db.Demands.AsNoTracking().FirstOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Demand", request.Id);
        user.EnsureCanSee(demand.Status == DemandStatus.Draft, demand.OwnerId, "Demand", demand.Id);
        var response = DemandResponse.From(demand, time.GetUtcNow().UtcDateTime);
        return await IsIntroducedAsync(demand.Id, user.OrganisationId, cancellationToken)
            ? response with
            {
                EnterpriseName = demand.EnterpriseName,
                Contact = demand.Contact,
            }
            : response;
    }

    private Task<bool> IsIntroducedAsync(Guid demandId, Guid? organisation, CancellationToken cancellationToken) =>
        organisation is { } org
            ? db.Introductions.AnyAsync(i => i.ListingId == demandId && i.OrganisationId == org, cancellationToken)
            : Task.FromResult(false);
}
