using JjjMatch.BuildingBlocks.Settings;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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

        services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>>(provider => new Trust(
            provider,
            string.IsNullOrWhiteSpace(authority) ? null : new Uri(authority)
        ));
    }

    private sealed class Trust(IServiceProvider provider, Uri? authority) : IPostConfigureOptions<JwtBearerOptions>
    {
        public void PostConfigure(string? name, JwtBearerOptions options)
        {
            var parameters = options.TokenValidationParameters;
            if (authority is not null)
            {
                // JwtBearer adds the authority's issuer and JWKS keys to those below at each validation.
                options.Authority = authority.ToString();
                options.RequireHttpsMetadata = authority.Scheme == Uri.UriSchemeHttps;
            }

            if (provider.GetService<IAccessTokenKeys>() is { } local)
            {
                parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], local.Issuer];
                parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. local.Keys];
            }
        }
    }
}
