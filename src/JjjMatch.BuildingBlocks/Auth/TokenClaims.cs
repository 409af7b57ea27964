using System.Security.Claims;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;
using Microsoft.IdentityModel.JsonWebTokens;

namespace JjjMatch.BuildingBlocks.Auth;

/// <summary>
/// The claims a token must carry (docs/security.md, "Token format"), checked once after its signature, whoever
/// issued it: a correctly signed token that does not match is refused (401) rather than read with a fallback.
/// </summary>
public static class TokenClaims
{
    private static readonly string[] SingleValued =
    [
        JwtRegisteredClaimNames.Sub,
        TokenIssuer.OrganisationClaim,
        TokenIssuer.RoleClaim,
        JwtRegisteredClaimNames.Name,
    ];

    /// <summary>What is wrong with the token's claims, or null when they match the format.</summary>
    public static string? Problem(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        foreach (var type in SingleValued)
        {
            if (principal.FindAll(type).Skip(1).Any())
            {
                return $"The token's '{type}' claim must be a single value.";
            }
        }

        if (!IsId(principal.FindFirst(JwtRegisteredClaimNames.Sub)?.Value))
        {
            return "The token's 'sub' claim must be a user id (GUID).";
        }

        if (!IsId(principal.FindFirst(TokenIssuer.OrganisationClaim)?.Value))
        {
            return "The token's 'org' claim must be an organisation id (GUID).";
        }

        var role = principal.FindFirst(TokenIssuer.RoleClaim)?.Value;
        if (role is null || !Roles.All.Contains(role, StringComparer.Ordinal))
        {
            return $"The token's 'role' claim must be one of {string.Join(", ", Roles.All)}.";
        }

        var regions = principal.FindAll(TokenIssuer.RegionsClaim).Select(c => c.Value).ToList();
        var industries = principal.FindAll(TokenIssuer.IndustriesClaim).Select(c => c.Value).ToList();
        if (role != Roles.Intermediary && (regions.Count > 0 || industries.Count > 0))
        {
            return "Only an intermediary's token names 'regions' and 'industries'.";
        }

        if (regions.Any(r => EnumRules.Parse<Province>(r) is null))
        {
            return "The token's 'regions' must be provinces: beijing, tianjin, hebei or other.";
        }

        return industries.All(Industries.IsKnown)
            ? null
            : "The token's 'industries' must be industry codes of the taxonomy.";
    }

    private static bool IsId(string? value) => Guid.TryParse(value, out var id) && id != Guid.Empty;
}
