using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using MediatR;

namespace JjjMatch.Demands.Features.Applications;

/// <summary>
/// The applicant takes its live application back; it may apply again afterwards while the demand is open.
/// </summary>
public sealed record WithdrawApplication(Guid DemandId, Guid ApplicationId) : IRequest<ApplicationResponse>;

public sealed class WithdrawApplicationHandler(DemandsDbContext db, CurrentUser user, TimeProvider time)
    : IRequestHandler<WithdrawApplication, ApplicationResponse>
{
    public async Task<ApplicationResponse> Handle(WithdrawApplication request, CancellationToken cancellationToken)
    {
        var demand = await db.FindVisibleAsync(request.DemandId, user, cancellationToken);
        if (demand.Applications.FirstOrDefault(a => a.Id == request.ApplicationId) is { } own)
        {
            // The demand's enterprise sees the application but may not withdraw it (403); anyone else may not know
            // of it (404, as an unknown id).
            if (!user.Owns(own.ApplicantId) && !user.Owns(demand.OwnerId))
            {
                throw new NotFoundException("Application", request.ApplicationId);
            }

            user.EnsureOwns(own.ApplicantId, "application");
        }

        var application = demand.Withdraw(request.ApplicationId, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return ApplicationResponse.From(application);
    }
}
