using FluentValidation;
using FluentValidation.Results;
using JjjMatch.BuildingBlocks.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JjjMatch.Host.DemoData;

public static class DemoTokenEndpoints
{
    /// <summary>
    /// The demo token desk (POST /api/auth/token?account=enterprise, GET /api/auth/demo-accounts), mapped only while
    /// Auth:DemoAccounts is on, else those paths do not exist.
    /// </summary>
    public static void MapDemoTokenEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/auth").WithTags("Auth");
        group
            .MapGet("/demo-accounts", () => TypedResults.Ok(DemoAccounts.All.Select(AccountView.From)))
            .WithSummary("The demo accounts, one per role (embedded default only)");
        group
            .MapPost("/token", (string? account, TokenIssuer issuer) => IssueDemoToken(account, issuer))
            .WithSummary(
                "A token for a demo account: ?account=university|enterprise|intermediary|operator (embedded "
                    + "default only)"
            );
    }

    private static Ok<DemoTokenResponse> IssueDemoToken(string? name, TokenIssuer issuer)
    {
        var account = DemoAccounts.Find(name)
            ?? throw new ValidationException([
                new ValidationFailure(
                    "account",
                    $"Name a demo account: {string.Join(", ", DemoAccounts.All.Select(a => a.Name))} / 请指定演示账户."
                ),
            ]);
        var token = issuer.Issue(account);
        return TypedResults.Ok(
            new DemoTokenResponse(
                token.AccessToken,
                token.TokenType,
                token.ExpiresIn,
                token.ExpiresAt,
                AccountView.From(account)
            )
        );
    }

    public sealed record AccountView(
        string Name,
        Guid OrganisationId,
        string OrganisationName,
        string Role,
        IReadOnlyList<string> Regions,
        IReadOnlyList<string> Industries
    )
    {
        public static AccountView From(Account a) =>
            new(a.Name, a.OrganisationId, a.OrganisationName, a.Role, a.Regions, a.Industries);
    }

    public sealed record DemoTokenResponse(
        string AccessToken,
        string TokenType,
        int ExpiresIn,
        DateTime ExpiresAt,
        AccountView Account
    );
}
