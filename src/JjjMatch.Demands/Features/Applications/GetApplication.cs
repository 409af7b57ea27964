using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Features.Applications;

public sealed record GetApplication(Guid DemandId, Guid ApplicationId) : IRequest<ApplicationResponse>;

public sealed class GetApplicationHandler(DemandsDbContext db, CurrentUser user)
    : IRequestHandler<GetApplication, ApplicationResponse>
{
    public async Task<ApplicationResponse> Handle(GetApplication request, CancellationToken cancellationToken)
    {
        var demand = await db.FindVisibleAsync(request.DemandId, user, cancellationToken);
        var application = await db
            .Applications.AsNoTracking()
            .FirstOrDefaultAsync(
                a => a.Id == request.ApplicationId && a.DemandId == request.DemandId,
                cancellationToken
            )
            ?? throw new NotFoundException("Application", request.ApplicationId);
        // The demand's enterprise reviews every application; an applicant sees its own. To anyone else it does not
        // exist: they may not know of it, so the answer is the one an unknown id gets.
        if (!user.Owns(demand.OwnerId) && !user.Owns(application.ApplicantId))
        {
            throw new NotFoundException("Application", request.ApplicationId);
        }

        return ApplicationResponse.From(application);
    }
}
