using Microsoft.AspNetCore.Identity;

namespace JjjMatch.Accounts.Domain;

/// <summary>
/// A person who signs in, a member of exactly one organisation. Email, password hash, lockout and security stamp are
/// Identity's; a removed member's row is deleted, so the next token refresh finds nobody.
/// </summary>
public sealed class AccountUser : IdentityUser<Guid>
{
    public Guid OrganisationId { get; set; }

    public MemberRole MemberRole { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>A broker's provinces (beijing, tianjin, hebei), set by the organisation's administrator.</summary>
    public List<string> Regions { get; set; } = [];

    /// <summary>A broker's industries, set by the organisation's administrator.</summary>
    public List<string> Industries { get; set; } = [];

    /// <summary>
    /// When the operator checked the coverage; until then (and after each change) the token carries none.
    /// </summary>
    public DateTime? CoverageCheckedAt { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>A person's role inside their organisation.</summary>
public enum MemberRole
{
    /// <summary>Invites and removes members, sets brokers' coverage.</summary>
    Admin,
    Member,
}
