using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using MediatR;

namespace JjjMatch.Demands.Features.Applications;

/// <summary>The applicant takes its live application back; it may apply again afterwards while the demand is open.</summary>
public sealed record WithdrawApplication(Guid DemandId, Guid ApplicationId) : IRequest<ApplicationResponse>;

public sealed class WithdrawApplicationHandler(DemandsDbContext db, TimeProvider time) : IRequestHandler<WithdrawApplication, ApplicationResponse>
{
    public async Task<ApplicationResponse> Handle(WithdrawApplication request, CancellationToken cancellationToken)
    {
        var demand = await db.FindOrThrowAsync(request.DemandId, cancellationToken);
        var application = demand.Withdraw(request.ApplicationId, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return ApplicationResponse.From(application);
    }
}
