using FluentValidation;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Features.Mine;

/// <summary>
/// The owner's view (GET /api/demands/mine): its own demands of any status, newest change first, with name and contact.
/// </summary>
public sealed record ListMyDemands(string? Status, int? Page, int? PageSize)
    : IRequest<Paged<OwnedDemandResponse>>,
        IPagedQuery;

/// <summary>
/// What only the owning enterprise sees: the public view plus its name (even while anonymous) and the contact.
/// </summary>
public sealed record OwnedDemandResponse(DemandResponse Demand, string EnterpriseName, Contact Contact);

public sealed class ListMyDemandsValidator : AbstractValidator<ListMyDemands>
{
    public ListMyDemandsValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Status).IsEnumName<ListMyDemands, DemandStatus>();
    }
}

public sealed class ListMyDemandsHandler(DemandsDbContext db, CurrentUser user, TimeProvider time)
    : IRequestHandler<ListMyDemands, Paged<OwnedDemandResponse>>
{
    public async Task<Paged<OwnedDemandResponse>> Handle(ListMyDemands q, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var owner = user.OrganisationId;
        var query = db.Demands.AsNoTracking().Where(d => d.OwnerId == owner);
        if (EnumRules.Parse<DemandStatus>(q.Status) is { } status)
        {
            query = query.Where(d => d.Status == status);
        }

        return await query.ToPagedAsync(
            all => all.OrderByDescending(d => d.UpdatedAt).ThenBy(d => d.Id),
            q.Page,
            q.PageSize,
            d => new OwnedDemandResponse(DemandResponse.From(d, now), d.EnterpriseName, d.Contact),
            cancellationToken
        );
    }
}
