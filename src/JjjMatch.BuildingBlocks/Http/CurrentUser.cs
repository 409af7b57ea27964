using System.Security.Claims;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;

namespace JjjMatch.BuildingBlocks.Http;

/// <summary>
/// The organisation acting in this request, from the bearer token's claims. In-process callers without a request
/// (demo seeders, workers, command-line tools) are the system and pass ownership checks, unless they act as an account.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    public const string OrganisationClaim = TokenIssuer.OrganisationClaim;

    private ClaimsPrincipal? actingAs;

    public Guid? OrganisationId =>
        Guid.TryParse(Principal?.FindFirst(OrganisationClaim)?.Value, out var id) ? id : null;

    public string? Role => Principal?.FindFirst(TokenIssuer.RoleClaim)?.Value;

    /// <summary>The user (token subject) within the organisation; brokers claim matches as users.</summary>
    public Guid? UserId =>
        Guid.TryParse(Principal?.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var id) ? id : null;

    /// <summary>
    /// The acting organisation where one must act: every validated token names one (<see cref="TokenClaims"/>), and
    /// in-process callers act as an account; nothing falls back to an empty id.
    /// </summary>
    public Guid RequiredOrganisationId =>
        OrganisationId ?? throw new InvalidOperationException("No organisation acts in this call.");

    /// <summary>The acting user where one must act, as <see cref="RequiredOrganisationId"/>.</summary>
    public Guid RequiredUserId => UserId ?? throw new InvalidOperationException("No user acts in this call.");

    /// <summary>The organisation's display name the token carries, if any.</summary>
    public string? Name => Principal?.FindFirst(JwtRegisteredClaimNames.Name)?.Value;

    /// <summary>Every value of a multi-valued claim, e.g. a broker's <c>regions</c> and <c>industries</c>.</summary>
    public IReadOnlyList<string> ClaimValues(string type) =>
        Principal?.FindAll(type).Select(c => c.Value).ToList() ?? [];

    /// <summary>No request and no account to act as: trusted in-process code.</summary>
    public bool IsSystem => Principal is null;

    private ClaimsPrincipal? Principal => actingAs ?? accessor.HttpContext?.User;

    /// <summary>
    /// Makes this scope act as <paramref name="account"/>, e.g. to seed listings owned by a demo organisation.
    /// </summary>
    public void ActAs(Account account) =>
        actingAs = new ClaimsPrincipal(
            new ClaimsIdentity(
                [
                    new Claim(JwtRegisteredClaimNames.Sub, account.UserId.ToString()),
                    new Claim(OrganisationClaim, account.OrganisationId.ToString()),
                    new Claim(TokenIssuer.RoleClaim, account.Role),
                    new Claim(TokenIssuer.OrganisationStatusClaim, TokenIssuer.Approved),
                ],
                "system"
            )
        );

    /// <summary>The operator has approved the organisation (and not suspended it), per the token.</summary>
    public bool IsApproved =>
        IsSystem || Principal?.FindFirst(TokenIssuer.OrganisationStatusClaim)?.Value == TokenIssuer.Approved;

    /// <summary>
    /// What reaches the market (publish, open, apply, claim, record a deal) needs an approved organisation (403);
    /// drafts do not.
    /// </summary>
    public void EnsureApproved()
    {
        if (!IsApproved)
        {
            throw new ForbiddenException(
                "The organisation is not approved by the operator (or is suspended): it may keep drafts but not "
                    + "act on the market / 机构尚未通过平台审核或已被暂停，只能编辑草稿."
            );
        }
    }

    public bool Owns(Guid ownerId) => IsSystem || OrganisationId == ownerId;

    public bool IsInRole(params string[] roles) => Role is { } role && roles.Contains(role);

    /// <summary>
    /// The one ownership rule of every write: only the owning organisation changes a resource (403 otherwise).
    /// </summary>
    public void EnsureOwns(Guid ownerId, string resource)
    {
        if (!Owns(ownerId))
        {
            throw new ForbiddenException(
                $"Only the organisation that owns this {resource} may do this / 仅所属机构可以操作."
            );
        }
    }

    /// <summary>
    /// Drafts are the owner's alone: to anyone else they do not exist (404), so their ids reveal nothing.
    /// </summary>
    public void EnsureCanSee(bool isDraft, Guid ownerId, string resource, Guid id)
    {
        if (isDraft && !Owns(ownerId))
        {
            throw new NotFoundException(resource, id);
        }
    }
}
