using FluentValidation;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.Contracts.Demands;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using MediatR;

namespace JjjMatch.Demands.Features.Applications;

/// <summary>An organisation takes up the open list (揭榜) with a proposal.</summary>
public sealed record ApplyToDemand(Guid DemandId, ApplicationInput Body) : IRequest<ApplicationResponse>;

public sealed class ApplyToDemandValidator : AbstractValidator<ApplyToDemand>
{
    public ApplyToDemandValidator() => RuleFor(c => c.Body).SetValidator(new ApplicationInputValidator());
}

public sealed class ApplyToDemandHandler(DemandsDbContext db, CurrentUser user, TimeProvider time)
    : IRequestHandler<ApplyToDemand, ApplicationResponse>
{
    public async Task<ApplicationResponse> Handle(ApplyToDemand request, CancellationToken cancellationToken)
    {
        user.EnsureApproved();
        var demand = await db.FindVisibleAsync(request.DemandId, user, cancellationToken);
        var now = time.GetUtcNow();
        var application = demand.Apply(
            user.RequiredOrganisationId,
            request.Body.ApplicantOrganisation!,
            request.Body.ToProposal(),
            request.Body.Contact!,
            now.UtcDateTime
        );
        db.AddIntegrationEvent(
            new ApplicationSubmitted(
                Guid.CreateVersion7(),
                now,
                DemandEvents.Producer,
                demand.Id,
                application.Id,
                application.ApplicantOrganisation,
                application.ApplicantId,
                demand.OwnerId
            )
        );
        await db.SaveChangesAsync(cancellationToken);
        return ApplicationResponse.From(application);
    }
}
