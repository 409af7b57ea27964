using JjjMatch.BuildingBlocks.Settings;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace JjjMatch.BuildingBlocks.Auth;

/// <summary>
/// Beside the operator's HS256 tokens, the services trust an OpenID Connect token server's RS256 tokens: the accounts
/// service's when it runs in this process (its keys, read offline), or the one named by <c>Auth:Authority</c> (its
/// discovery document and JWKS, fetched and cached by JwtBearer, refreshed on an unknown key id), e.g. the accounts
/// service in another process or an external provider (docs/accounts.md).
/// </summary>
public static class TokenServerTrust
{
    public const string AuthoritySetting = "Auth:Authority";

    public static void AddTokenServerTrust(this IServiceCollection services, IConfiguration configuration)
    {
        var authority = configuration[AuthoritySetting];
        if (!string.IsNullOrWhiteSpace(authority) && !Uri.TryCreate(authority, UriKind.Absolute, out _))
        {
            throw new SettingException($"{AuthoritySetting} must be an absolute URL, not '{authority}'.");
        }

        if (!string.IsNullOrWhiteSpace(authority))
        {
            var uri = new Uri(authority);
            // A configure step, not a post-configure one: JwtBearer's own post-configure turns the authority into the
            // configuration manager that reads its discovery document and JWKS (set later, it would be ignored and
            // every token of the authority refused). JwtBearer then trusts the authority's issuer and keys besides
            // those below.
            services.ConfigureAll<JwtBearerOptions>(options =>
            {
                options.Authority = uri.ToString();
                options.RequireHttpsMetadata = uri.Scheme == Uri.UriSchemeHttps;
            });
        }

        services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>>(provider => new Trust(provider));
    }

    private sealed class Trust(IServiceProvider provider) : IPostConfigureOptions<JwtBearerOptions>
    {
        public void PostConfigure(string? name, JwtBearerOptions options)
        {
            var parameters = options.TokenValidationParameters;
            if (provider.GetService<IAccessTokenKeys>() is { } local)
            {
                parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], local.Issuer];
                // Read at each validation (not copied): a key rotated in while running counts at once, a removed one
                // no longer does.
                parameters.IssuerSigningKeys = (parameters.IssuerSigningKeys ?? []).Concat(Current(local));
            }
        }

        private static IEnumerable<SecurityKey> Current(IAccessTokenKeys local)
        {
            foreach (var key in local.Keys)
            {
                yield return key;
            }
        }
    }
}
