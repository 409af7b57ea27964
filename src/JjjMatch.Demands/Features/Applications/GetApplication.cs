using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Features.Applications;

public sealed record GetApplication(Guid DemandId, Guid ApplicationId) : IRequest<ApplicationResponse>;

public sealed class GetApplicationHandler(DemandsDbContext db) : IRequestHandler<GetApplication, ApplicationResponse>
{
    public async Task<ApplicationResponse> Handle(GetApplication request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == request.ApplicationId && a.DemandId == request.DemandId, cancellationToken)
            ?? throw new NotFoundException("Application", request.ApplicationId);
        return ApplicationResponse.From(application);
    }
}
