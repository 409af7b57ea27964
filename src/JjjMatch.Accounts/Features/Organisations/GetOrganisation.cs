using FluentValidation;
using JjjMatch.Accounts.Domain;
using JjjMatch.Accounts.Persistence;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Accounts.Features.Organisations;

public sealed record GetOrganisation(Guid Id) : IRequest<OrganisationResponse>;

public sealed class GetOrganisationHandler(AccountsDbContext db, CurrentUser user)
    : IRequestHandler<GetOrganisation, OrganisationResponse>
{
    public async Task<OrganisationResponse> Handle(GetOrganisation request, CancellationToken cancellationToken)
    {
        var organisation = await db
            .Organisations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Organisation", request.Id);
        var full = user.OrganisationId == organisation.Id || user.IsInRole(Roles.Operator);
        // Registrations the operator has not approved are not public.
        if (!full && organisation.Status is OrganisationStatus.Pending or OrganisationStatus.Rejected)
        {
            throw new NotFoundException("Organisation", request.Id);
        }

        return OrganisationResponse.From(organisation, full);
    }
}

/// <summary>The operator's review list, newest first, optionally of one status.</summary>
public sealed record ListOrganisations(string? Status) : IRequest<IReadOnlyList<OrganisationResponse>>;

public sealed class ListOrganisationsValidator : AbstractValidator<ListOrganisations>
{
    public ListOrganisationsValidator() => RuleFor(l => l.Status).IsEnumName<ListOrganisations, OrganisationStatus>();
}

public sealed class ListOrganisationsHandler(AccountsDbContext db)
    : IRequestHandler<ListOrganisations, IReadOnlyList<OrganisationResponse>>
{
    public async Task<IReadOnlyList<OrganisationResponse>> Handle(
        ListOrganisations request,
        CancellationToken cancellationToken
    )
    {
        var query = db.Organisations.AsNoTracking();
        if (EnumRules.Parse<OrganisationStatus>(request.Status) is { } status)
        {
            query = query.Where(o => o.Status == status);
        }

        var rows = await query.OrderByDescending(o => o.RegisteredAt).Take(500).ToListAsync(cancellationToken);
        return rows.Select(o => OrganisationResponse.From(o, full: true)).ToList();
    }
}
