using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace JjjMatch.BuildingBlocks.Auth;

/// <summary>Signs HS256 bearer tokens: sub (user), org, role, and for brokers regions/industries.</summary>
public sealed class TokenIssuer(AuthOptions options, TimeProvider time)
{
    public const string OrganisationClaim = "org";
    public const string RoleClaim = "role";
    public const string RegionsClaim = "regions";
    public const string IndustriesClaim = "industries";

    /// <summary>
    /// Where the organisation stands with the operator: only "approved" may publish, open, apply, claim or record
    /// deals (docs/accounts.md). The operator's own tokens speak for organisations it vouches for.
    /// </summary>
    public const string OrganisationStatusClaim = "org_status";

    public const string Approved = "approved";

    public IssuedToken Issue(Account account)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var expires = now + options.TokenLifetime;
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, account.UserId.ToString()),
            new(OrganisationClaim, account.OrganisationId.ToString()),
            new(RoleClaim, account.Role),
            new(JwtRegisteredClaimNames.Name, account.OrganisationName),
            new(OrganisationStatusClaim, Approved),
        };
        claims.AddRange(account.Regions.Select(r => new Claim(RegionsClaim, r)));
        claims.AddRange(account.Industries.Select(i => new Claim(IndustriesClaim, i)));
        var token = new JsonWebTokenHandler().CreateToken(
            new SecurityTokenDescriptor
            {
                Issuer = options.Issuer,
                Audience = options.Audience,
                Subject = new ClaimsIdentity(claims),
                IssuedAt = now,
                NotBefore = now,
                Expires = expires,
                SigningCredentials = new SigningCredentials(
                    new SymmetricSecurityKey(options.KeyBytes()),
                    SecurityAlgorithms.HmacSha256
                ),
            }
        );
        return new IssuedToken(token, "Bearer", (int)options.TokenLifetime.TotalSeconds, expires);
    }

    public TokenValidationParameters ValidationParameters() =>
        new()
        {
            ValidIssuers = [options.Issuer],
            ValidAudience = options.Audience,
            IssuerSigningKeys = [new SymmetricSecurityKey(options.KeyBytes())],
            // RS256: the token server's tokens (TokenServerTrust); a symmetric key never verifies an RSA signature.
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256, SecurityAlgorithms.RsaSha256],
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(1),
            NameClaimType = JwtRegisteredClaimNames.Sub,
            RoleClaimType = RoleClaim,
        };
}

public sealed record IssuedToken(string AccessToken, string TokenType, int ExpiresIn, DateTime ExpiresAt);
