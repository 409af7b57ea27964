using System.Security.Claims;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace JjjMatch.BuildingBlocks.Auth;

public static class AuthEndpoints
{
    /// <summary>
    /// GET /api/auth/me for any token; the demo token desk (POST /api/auth/token?account=enterprise, GET /api/auth/demo-accounts)
    /// only while Auth:DemoAccounts is on, else those paths do not exist.
    /// </summary>
    public static void MapAuthEndpoints(this IEndpointRouteBuilder endpoints, AuthOptions options)
    {
        var group = endpoints.MapGroup("/api/auth").WithTags("Auth");
        group.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(Describe(user)))
            .RequireAuthorization(Policies.Member)
            .WithSummary("What the bearer token says about its holder / 当前账户");
        if (!options.DemoAccounts)
        {
            return;
        }

        group.MapGet("/demo-accounts", () => TypedResults.Ok(DemoAccounts.All.Select(AccountView.From)))
            .WithSummary("The demo accounts, one per role (embedded default only)");
        group.MapPost("/token", (string? account, TokenIssuer issuer) => IssueDemoToken(account, issuer))
            .WithSummary("A token for a demo account: ?account=university|enterprise|intermediary|operator (embedded default only)");
    }

    private static Ok<DemoTokenResponse> IssueDemoToken(string? name, TokenIssuer issuer)
    {
        var account = DemoAccounts.Find(name) ?? throw new ValidationException(
            [new ValidationFailure("account", $"Name a demo account: {string.Join(", ", DemoAccounts.All.Select(a => a.Name))} / 请指定演示账户.")]);
        var token = issuer.Issue(account);
        return TypedResults.Ok(new DemoTokenResponse(token.AccessToken, token.TokenType, token.ExpiresIn, token.ExpiresAt, AccountView.From(account)));
    }

    private static CallerView Describe(ClaimsPrincipal user) => new(
        user.FindFirst(JwtRegisteredClaimNames.Sub)?.Value,
        user.FindFirst(TokenIssuer.OrganisationClaim)?.Value,
        user.FindFirst(JwtRegisteredClaimNames.Name)?.Value,
        user.FindFirst(TokenIssuer.RoleClaim)?.Value,
        user.FindAll(TokenIssuer.RegionsClaim).Select(c => c.Value).ToList(),
        user.FindAll(TokenIssuer.IndustriesClaim).Select(c => c.Value).ToList());

    public sealed record AccountView(string Name, Guid OrganisationId, string OrganisationName, string Role, IReadOnlyList<string> Regions, IReadOnlyList<string> Industries)
    {
        public static AccountView From(Account a) => new(a.Name, a.OrganisationId, a.OrganisationName, a.Role, a.Regions, a.Industries);
    }

    public sealed record DemoTokenResponse(string AccessToken, string TokenType, int ExpiresIn, DateTime ExpiresAt, AccountView Account);

    public sealed record CallerView(string? UserId, string? OrganisationId, string? OrganisationName, string? Role, IReadOnlyList<string> Regions, IReadOnlyList<string> Industries);
}
