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
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            IssuerSigningKey = new SymmetricSecurityKey(options.KeyBytes()),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(1),
            NameClaimType = JwtRegisteredClaimNames.Sub,
            RoleClaimType = RoleClaim,
        };
}

public sealed record IssuedToken(string AccessToken, string TokenType, int ExpiresIn, DateTime ExpiresAt);
