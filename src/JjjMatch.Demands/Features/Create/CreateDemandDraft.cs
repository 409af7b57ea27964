using FluentValidation;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using MediatR;

namespace JjjMatch.Demands.Features.Create;

public sealed record CreateDemandDraft(DemandInput Body) : IRequest<DemandResponse>;

public sealed class CreateDemandDraftValidator : AbstractValidator<CreateDemandDraft>
{
    public CreateDemandDraftValidator(TimeProvider time) =>
        RuleFor(c => c.Body).SetValidator(new DemandInputValidator(time));
}

public sealed class CreateDemandDraftHandler(DemandsDbContext db, CurrentUser user, TimeProvider time)
    : IRequestHandler<CreateDemandDraft, DemandResponse>
{
    public async Task<DemandResponse> Handle(CreateDemandDraft request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var demand = Demand.CreateDraft(user.RequiredOrganisationId, request.Body.ToDetails(), now);
        db.Demands.Add(demand);
        await db.SaveChangesAsync(cancellationToken);
        return DemandResponse.From(demand, now);
    }
}
