using FluentValidation;
using JjjMatch.Accounts.Domain;
using JjjMatch.Accounts.Persistence;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Taxonomy;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Accounts.Features.Members;

public sealed record ListMembers(Guid OrganisationId) : IRequest<IReadOnlyList<MemberResponse>>;

public sealed record ChangeMemberRole(Guid OrganisationId, Guid UserId, RoleBody Body) : IRequest<MemberResponse>;

public sealed record RoleBody(string? Role);

/// <summary>
/// Removing a person deletes them: their refresh tokens then fail (the next refresh finds nobody), and their access
/// token lapses within its lifetime.
/// </summary>
public sealed record RemoveMember(Guid OrganisationId, Guid UserId) : IRequest;

/// <summary>A broker's coverage, set by their administrator; it enters tokens once the operator checks it.</summary>
public sealed record SetCoverage(Guid OrganisationId, Guid UserId, CoverageBody Body) : IRequest<MemberResponse>;

public sealed record CoverageBody(IReadOnlyList<string>? Regions, IReadOnlyList<string>? Industries);

public sealed record CheckCoverage(Guid OrganisationId, Guid UserId) : IRequest<MemberResponse>;

public sealed class ChangeMemberRoleValidator : AbstractValidator<ChangeMemberRole>
{
    public ChangeMemberRoleValidator() =>
        RuleFor(c => c.Body.Role).NotEmpty().IsEnumName<ChangeMemberRole, MemberRole>();
}

public sealed class SetCoverageValidator : AbstractValidator<SetCoverage>
{
    private static readonly string[] Provinces = ["beijing", "tianjin", "hebei"];

    public SetCoverageValidator()
    {
        RuleFor(c => c.Body.Regions).NotNull().Must(r => r is null || r.Count <= 3);
        RuleForEach(c => c.Body.Regions).Must(r => Provinces.Contains(r)).WithMessage("Use beijing, tianjin or hebei");
        RuleFor(c => c.Body.Industries).NotNull().Must(i => i is null || i.Count <= 30);
        RuleForEach(c => c.Body.Industries)
            .Must(Industries.IsKnown)
            .WithMessage("Not an industry of the taxonomy (GET /api/taxonomy/industries)");
    }
}

public sealed class ManageMembersHandler(
    AccountsDbContext db,
    UserManager<AccountUser> users,
    CurrentUser user,
    TimeProvider time
)
    : IRequestHandler<ListMembers, IReadOnlyList<MemberResponse>>,
        IRequestHandler<ChangeMemberRole, MemberResponse>,
        IRequestHandler<RemoveMember>,
        IRequestHandler<SetCoverage, MemberResponse>,
        IRequestHandler<CheckCoverage, MemberResponse>
{
    public async Task<IReadOnlyList<MemberResponse>> Handle(ListMembers request, CancellationToken cancellationToken)
    {
        if (!MemberAccess.MayRead(user, request.OrganisationId))
        {
            throw new ForbiddenException("Only the organisation and the operator see its members / 无权查看");
        }

        var people = await db
            .Users.AsNoTracking()
            .Where(u => u.OrganisationId == request.OrganisationId)
            .OrderBy(u => u.CreatedAt)
            .ToListAsync(cancellationToken);
        return people.Select(MemberResponse.From).ToList();
    }

    public async Task<MemberResponse> Handle(ChangeMemberRole request, CancellationToken cancellationToken)
    {
        await db.EnsureAdministersAsync(user, request.OrganisationId, cancellationToken);
        var member = await db.FindMemberAsync(request.OrganisationId, request.UserId, cancellationToken);
        var role = EnumRules.Parse<MemberRole>(request.Body.Role)!.Value;
        if (role != MemberRole.Admin)
        {
            await db.EnsureAnotherAdminAsync(member, cancellationToken);
        }

        member.MemberRole = role;
        await db.SaveChangesAsync(cancellationToken);
        return MemberResponse.From(member);
    }

    public async Task<Unit> Handle(RemoveMember request, CancellationToken cancellationToken)
    {
        await db.EnsureAdministersAsync(user, request.OrganisationId, cancellationToken);
        var member = await db.FindMemberAsync(request.OrganisationId, request.UserId, cancellationToken);
        await db.EnsureAnotherAdminAsync(member, cancellationToken);
        var result = await users.DeleteAsync(member);
        if (!result.Succeeded)
        {
            throw new ConflictException("The member was changed meanwhile; try again / 请重试");
        }

        return Unit.Value;
    }

    public async Task<MemberResponse> Handle(SetCoverage request, CancellationToken cancellationToken)
    {
        await db.EnsureAdministersAsync(user, request.OrganisationId, cancellationToken);
        var organisation = await db
            .Organisations.AsNoTracking()
            .FirstAsync(o => o.Id == request.OrganisationId, cancellationToken);
        if (organisation.Kind != OrganisationKind.Intermediary)
        {
            throw new ConflictException(
                "Only intermediaries' brokers have coverage / 仅中介机构的经纪人可设置服务范围"
            );
        }

        var member = await db.FindMemberAsync(request.OrganisationId, request.UserId, cancellationToken);
        member.Regions = request.Body.Regions!.Distinct().ToList();
        member.Industries = request.Body.Industries!.Distinct().ToList();
        member.CoverageCheckedAt = null;
        await db.SaveChangesAsync(cancellationToken);
        return MemberResponse.From(member);
    }

    /// <summary>The operator only, by the endpoint's policy.</summary>
    public async Task<MemberResponse> Handle(CheckCoverage request, CancellationToken cancellationToken)
    {
        var member = await db.FindMemberAsync(request.OrganisationId, request.UserId, cancellationToken);
        member.CoverageCheckedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return MemberResponse.From(member);
    }
}
