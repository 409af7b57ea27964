using JjjMatch.Accounts.Domain;
using JjjMatch.Accounts.Persistence;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Accounts.Features.Members;

/// <summary>
/// Who may manage an organisation's people: its administrators; the operator reads and checks coverage.
/// </summary>
internal static class MemberAccess
{
    public static async Task EnsureAdministersAsync(
        this AccountsDbContext db,
        CurrentUser user,
        Guid organisationId,
        CancellationToken cancellationToken
    )
    {
        if (user.OrganisationId != organisationId || user.UserId is not { } me)
        {
            throw new ForbiddenException("Only the organisation's administrators may do this / 仅机构管理员可操作");
        }

        var admin = await db
            .Users.AsNoTracking()
            .AnyAsync(
                u => u.Id == me && u.OrganisationId == organisationId && u.MemberRole == MemberRole.Admin,
                cancellationToken
            );
        if (!admin)
        {
            throw new ForbiddenException("Only the organisation's administrators may do this / 仅机构管理员可操作");
        }
    }

    public static bool MayRead(CurrentUser user, Guid organisationId) =>
        user.OrganisationId == organisationId || user.IsInRole(Roles.Operator);

    public static async Task<AccountUser> FindMemberAsync(
        this AccountsDbContext db,
        Guid organisationId,
        Guid userId,
        CancellationToken cancellationToken
    ) =>
        await db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.OrganisationId == organisationId, cancellationToken)
        ?? throw new NotFoundException("Member", userId);

    /// <summary>An organisation always keeps one administrator with a confirmed address.</summary>
    public static async Task EnsureAnotherAdminAsync(
        this AccountsDbContext db,
        AccountUser leaving,
        CancellationToken cancellationToken
    )
    {
        if (leaving.MemberRole != MemberRole.Admin)
        {
            return;
        }

        var others = await db.Users.CountAsync(
            u =>
                u.OrganisationId == leaving.OrganisationId
                && u.Id != leaving.Id
                && u.MemberRole == MemberRole.Admin
                && u.EmailConfirmed,
            cancellationToken
        );
        if (others == 0)
        {
            throw new ConflictException("The organisation's last administrator cannot leave / 机构至少保留一名管理员");
        }
    }
}
