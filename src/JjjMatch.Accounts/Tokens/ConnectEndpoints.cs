using System.Security.Claims;
using JjjMatch.Accounts.Domain;
using JjjMatch.Accounts.Features.People;
using JjjMatch.Accounts.Persistence;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace JjjMatch.Accounts.Tokens;

/// <summary>
/// The token server's two passthrough endpoints: OpenIddict has checked the protocol (client, redirect URI, PKCE,
/// grant) before these run; they decide who the token speaks for.
/// </summary>
internal static class ConnectEndpoints
{
    public static void MapConnectEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints
            .MapMethods(TokenServerRegistration.AuthorizePath, ["GET", "POST"], AuthorizeAsync)
            .ExcludeFromDescription();
        endpoints.MapPost(TokenServerRegistration.TokenPath, ExchangeAsync).ExcludeFromDescription();
    }

    /// <summary>
    /// A person signed in with the accounts cookie gets a code; anyone else goes to the sign-in page.
    /// </summary>
    private static async Task<IResult> AuthorizeAsync(HttpContext context, AccountsDbContext db)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var signedIn = await context.AuthenticateAsync(PersonCookie.Scheme);
        if (
            !signedIn.Succeeded
            || !Guid.TryParse(signedIn.Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
        )
        {
            return Results.Challenge(
                new AuthenticationProperties
                {
                    RedirectUri = context.Request.PathBase + context.Request.Path + context.Request.QueryString,
                },
                [PersonCookie.Scheme]
            );
        }

        var person = await FindPersonAsync(db, id, context.RequestAborted);
        if (person is null)
        {
            await context.SignOutAsync(PersonCookie.Scheme);
            return Refuse(Errors.LoginRequired, "The account no longer exists or may not sign in.");
        }

        var identity = AccountClaims.ForPerson(person.Value.User, person.Value.Organisation);
        return Results.SignIn(
            AccountClaims.Principal(identity, request.GetScopes()),
            authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme
        );
    }

    private static async Task<IResult> ExchangeAsync(
        HttpContext context,
        AccountsDbContext db,
        IOpenIddictApplicationManager applications
    )
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            var client = await applications.FindByClientIdAsync(request.ClientId!, context.RequestAborted);
            var properties = client is null
                ? System.Collections.Immutable.ImmutableDictionary<string, System.Text.Json.JsonElement>.Empty
                : await applications.GetPropertiesAsync(client, context.RequestAborted);
            if (
                !properties.TryGetValue(PartnerClients.OrganisationProperty, out var org)
                || !Guid.TryParse(org.GetString(), out var organisationId)
                || !properties.TryGetValue(PartnerClients.SubjectProperty, out var sub)
                || !Guid.TryParse(sub.GetString(), out var subject)
            )
            {
                return Refuse(Errors.UnauthorizedClient, "This client belongs to no organisation.");
            }

            var organisation = await db
                .Organisations.AsNoTracking()
                .FirstOrDefaultAsync(o => o.Id == organisationId, context.RequestAborted);
            if (organisation is null || !organisation.MaySignIn)
            {
                return Refuse(Errors.InvalidClient, "The client's organisation may not get tokens.");
            }

            return Results.SignIn(
                AccountClaims.Principal(AccountClaims.ForClient(subject, organisation), request.GetScopes()),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme
            );
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var subject = result.Principal?.GetClaim(Claims.Subject);
            var person = Guid.TryParse(subject, out var id)
                ? await FindPersonAsync(db, id, context.RequestAborted)
                : null;
            if (person is null)
            {
                return Refuse(Errors.InvalidGrant, "The account no longer exists or may not sign in.");
            }

            var identity = AccountClaims.ForPerson(person.Value.User, person.Value.Organisation);
            return Results.SignIn(
                AccountClaims.Principal(identity, result.Principal!.GetScopes()),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme
            );
        }

        return Refuse(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    /// <summary>
    /// A person who may still get tokens: present, confirmed, not locked out, organisation not rejected.
    /// </summary>
    private static async Task<(AccountUser User, Organisation Organisation)?> FindPersonAsync(
        AccountsDbContext db,
        Guid id,
        CancellationToken cancellationToken
    )
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null || !user.EmailConfirmed || (user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow))
        {
            return null;
        }

        var organisation = await db
            .Organisations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == user.OrganisationId, cancellationToken);
        return organisation is { MaySignIn: true } ? (user, organisation) : null;
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(
                new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
                }
            ),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]
        );
}
