using FluentValidation;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Features.Applications;

/// <summary>The applications of one demand, oldest first: what its enterprise reviews before awarding.</summary>
public sealed record ListApplications(Guid Id, string? Status, int? Page, int? PageSize)
    : IRequest<Paged<ApplicationResponse>>,
        IPagedQuery;

public sealed class ListApplicationsValidator : AbstractValidator<ListApplications>
{
    public ListApplicationsValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Status).IsEnumName<ListApplications, ApplicationStatus>();
    }
}

public sealed class ListApplicationsHandler(DemandsDbContext db, CurrentUser user)
    : IRequestHandler<ListApplications, Paged<ApplicationResponse>>
{
    public async Task<Paged<ApplicationResponse>> Handle(ListApplications q, CancellationToken cancellationToken)
    {
        var demand = await db.Demands.AsNoTracking().FirstOrDefaultAsync(d => d.Id == q.Id, cancellationToken)
            ?? throw new NotFoundException("Demand", q.Id);
        user.EnsureCanSee(demand.Status == DemandStatus.Draft, demand.OwnerId, "Demand", demand.Id);
        user.EnsureOwns(demand.OwnerId, "demand");

        var query = db.Applications.AsNoTracking().Where(a => a.DemandId == q.Id);
        if (EnumRules.Parse<ApplicationStatus>(q.Status) is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        return await query.ToPagedAsync(
            all => all.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id),
            q.Page,
            q.PageSize,
            ApplicationResponse.From,
            cancellationToken
        );
    }
}
