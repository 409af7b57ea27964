using JjjMatch.Accounts.Domain;

namespace JjjMatch.Accounts.Features.Members;

public sealed record MemberResponse(
    Guid Id,
    string Email,
    string DisplayName,
    string Role,
    bool Confirmed,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Industries,
    DateTime? CoverageCheckedAt
)
{
    public static MemberResponse From(AccountUser u) =>
        new(
            u.Id,
            u.Email ?? "",
            u.DisplayName,
            u.MemberRole.ToString().ToLowerInvariant(),
            u.EmailConfirmed,
            u.Regions,
            u.Industries,
            u.CoverageCheckedAt
        );
}
