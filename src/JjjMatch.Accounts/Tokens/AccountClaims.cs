using System.Security.Claims;
using JjjMatch.Accounts.Domain;
using JjjMatch.BuildingBlocks.Auth;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace JjjMatch.Accounts.Tokens;

/// <summary>
/// The claims every service reads, built afresh from the database at each sign-in and each refresh, so that a removed
/// member, a new role or a suspension shows at the next refresh.
/// </summary>
internal static class AccountClaims
{
    public const string ApiResource = "jjjmatch-api";

    public static ClaimsIdentity ForPerson(AccountUser user, Organisation organisation)
    {
        var identity = Base(user.Id, organisation);
        identity.AddClaim(new Claim("member_role", user.MemberRole.ToString().ToLowerInvariant()));
        identity.AddClaim(new Claim(Claims.Email, user.Email ?? ""));
        // A broker's coverage counts once the operator has checked it.
        if (organisation.Kind == OrganisationKind.Intermediary && user.CoverageCheckedAt is not null)
        {
            foreach (var region in user.Regions)
            {
                identity.AddClaim(new Claim(TokenIssuer.RegionsClaim, region));
            }

            foreach (var industry in user.Industries)
            {
                identity.AddClaim(new Claim(TokenIssuer.IndustriesClaim, industry));
            }
        }

        return identity;
    }

    /// <summary>A partner system: its own subject (a Guid, like a person's) in its organisation.</summary>
    public static ClaimsIdentity ForClient(Guid subject, Organisation organisation) => Base(subject, organisation);

    private static ClaimsIdentity Base(Guid subject, Organisation organisation)
    {
        var identity = new ClaimsIdentity(
            authenticationType: "OpenIddict.Server.AspNetCore",
            nameType: Claims.Subject,
            roleType: TokenIssuer.RoleClaim
        );
        identity.AddClaim(new Claim(Claims.Subject, subject.ToString()));
        identity.AddClaim(new Claim(TokenIssuer.OrganisationClaim, organisation.Id.ToString()));
        identity.AddClaim(new Claim(TokenIssuer.RoleClaim, organisation.Kind.Role()));
        identity.AddClaim(new Claim(Claims.Name, organisation.NameZh));
        identity.AddClaim(
            new Claim(TokenIssuer.OrganisationStatusClaim, organisation.Status.ToString().ToLowerInvariant())
        );
        return identity;
    }

    /// <summary>Every claim goes into the access token; the subject and name also into the identity token.</summary>
    public static ClaimsPrincipal Principal(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        identity.SetScopes(scopes);
        identity.SetResources(ApiResource);
        identity.SetDestinations(claim =>
            claim.Type is Claims.Subject or Claims.Name
                ? [Destinations.AccessToken, Destinations.IdentityToken]
                : [Destinations.AccessToken]
        );
        return new ClaimsPrincipal(identity);
    }
}
