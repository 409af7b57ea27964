using FluentValidation;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;
using JjjMatch.Matching.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Brokerage.Deals;

/// <summary>
/// GET /api/deals: the caller's deals (every deal for the operator), newest signing first; every filter optional.
/// </summary>
public sealed record ListDeals(
    string? From,
    string? To,
    string? Type,
    string? SellerProvince,
    string? BuyerProvince,
    int? Page,
    int? PageSize
) : IRequest<Paged<DealResponse>>, IPagedQuery;

public sealed record GetDeal(Guid Id) : IRequest<DealResponse>;

public sealed class ListDealsValidator : AbstractValidator<ListDeals>
{
    public ListDealsValidator()
    {
        this.AddRangeRules(q => q.From, q => q.To);
        RuleFor(q => q.Type)
            .Must(t => t is null || ContractTypes.Parse(t) is not null)
            .WithMessage("Use one of: " + $"{ContractTypes.Choices} / 合同类型无效.");
        RuleFor(q => q.SellerProvince).IsEnumName<ListDeals, Province>();
        RuleFor(q => q.BuyerProvince).IsEnumName<ListDeals, Province>();
        this.AddPagingRules();
    }
}

public sealed class DealQueriesHandler(MatchingDbContext db, CurrentUser user)
    : IRequestHandler<ListDeals, Paged<DealResponse>>,
        IRequestHandler<GetDeal, DealResponse>
{
    public Task<Paged<DealResponse>> Handle(ListDeals q, CancellationToken cancellationToken) =>
        DealFilters
            .Visible(db.Deals.AsNoTracking(), user)
            .SignedBetween(DateRange.Parse(q.From), DateRange.Parse(q.To))
            .OfType(ContractTypes.Parse(q.Type))
            .Between(EnumRules.Parse<Province>(q.SellerProvince), EnumRules.Parse<Province>(q.BuyerProvince))
            .ToPagedAsync(
                all => all.OrderByDescending(d => d.SignedOn).ThenByDescending(d => d.RecordedAt).ThenBy(d => d.Id),
                q.Page,
                q.PageSize,
                DealResponse.From,
                cancellationToken
            );

    public async Task<DealResponse> Handle(GetDeal request, CancellationToken cancellationToken)
    {
        var deal = await db.Deals.AsNoTracking().FirstOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Deal", request.Id);
        if (!DealFilters.SeesAll(user) && !(user.OrganisationId is { } org && deal.IsParty(org)))
        {
            // Who is not a party may not know the deal exists: the answer an unknown id gets.
            throw new NotFoundException("Deal", request.Id);
        }

        return DealResponse.From(deal);
    }
}

public static class DealFilters
{
    public static bool SeesAll(CurrentUser user) => user.IsSystem || user.IsInRole(Roles.Operator);

    /// <summary>
    /// The operator sees every deal; anyone else the deals its organisation is a party to or brokered.
    /// </summary>
    public static IQueryable<Deal> Visible(IQueryable<Deal> deals, CurrentUser user)
    {
        if (SeesAll(user))
        {
            return deals;
        }

        var org = user.RequiredOrganisationId;
        return deals.Where(d =>
            d.SellerOrganisationId == org || d.BuyerOrganisationId == org || d.BrokerOrganisationId == org
        );
    }

    public static IQueryable<Deal> SignedBetween(this IQueryable<Deal> deals, DateOnly? from, DateOnly? to)
    {
        if (from is { } start)
        {
            deals = deals.Where(d => d.SignedOn >= start);
        }

        return to is { } end ? deals.Where(d => d.SignedOn <= end) : deals;
    }

    public static IQueryable<Deal> OfType(this IQueryable<Deal> deals, ContractType? type) =>
        type is { } t ? deals.Where(d => d.ContractType == t) : deals;

    public static IQueryable<Deal> Between(this IQueryable<Deal> deals, Province? seller, Province? buyer)
    {
        if (seller is { } s)
        {
            deals = deals.Where(d => d.SellerProvince == s);
        }

        return buyer is { } b ? deals.Where(d => d.BuyerProvince == b) : deals;
    }
}
