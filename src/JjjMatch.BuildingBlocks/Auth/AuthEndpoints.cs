using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace JjjMatch.BuildingBlocks.Auth;

public static class AuthEndpoints
{
    /// <summary>GET /api/auth/me for any token.</summary>
    public static void MapAuthEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints
            .MapGroup("/api/auth")
            .WithTags("Auth")
            .MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(Describe(user)))
            .RequireAuthorization(Policies.Member)
            .WithSummary("What the bearer token says about its holder / 当前账户");

    private static CallerView Describe(ClaimsPrincipal user) =>
        new(
            user.FindFirst(JwtRegisteredClaimNames.Sub)?.Value,
            user.FindFirst(TokenIssuer.OrganisationClaim)?.Value,
            user.FindFirst(JwtRegisteredClaimNames.Name)?.Value,
            user.FindFirst(TokenIssuer.RoleClaim)?.Value,
            user.FindAll(TokenIssuer.RegionsClaim).Select(c => c.Value).ToList(),
            user.FindAll(TokenIssuer.IndustriesClaim).Select(c => c.Value).ToList()
        );

    public sealed record CallerView(
        string? UserId,
        string? OrganisationId,
        string? OrganisationName,
        string? Role,
        IReadOnlyList<string> Regions,
        IReadOnlyList<string> Industries
    );
}
