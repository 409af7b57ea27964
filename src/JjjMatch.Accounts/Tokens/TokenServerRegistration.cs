using JjjMatch.Accounts.Persistence;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Settings;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;

namespace JjjMatch.Accounts.Tokens;

/// <summary>
/// The OpenID Connect token server (OpenIddict): discovery, JWKS, authorization code with PKCE for the console, client
/// credentials for partner systems, refresh tokens. Access tokens are plain signed JWTs (not encrypted) with the
/// claims every service reads, so the services validate them offline like the operator's tokens.
/// </summary>
internal static class TokenServerRegistration
{
    public const string ConsoleClientId = "jjjmatch-console";
    public const string AuthorizePath = "/connect/authorize";
    public const string TokenPath = "/connect/token";

    public static void AddTokenServer(
        this IServiceCollection services,
        IConfiguration configuration,
        AccountsOptions options,
        HostShape shape
    )
    {
        var issuer = Issuer(configuration, options);
        var requireHttps = options.RequireHttps ?? !shape.IsEmbeddedDefault;
        services.AddSingleton(provider =>
            SigningKeyRing.Load(
                options,
                issuer.ToString(),
                provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
                provider.GetRequiredService<ILoggerFactory>().CreateLogger<SigningKeyRing>()
            )
        );
        services.AddSingleton<IAccessTokenKeys>(provider => provider.GetRequiredService<SigningKeyRing>());
        // A rotation rebuilds OpenIddict's options (signing credentials, JWKS) from the ring's new set.
        services.AddSingleton<IOptionsChangeTokenSource<OpenIddictServerOptions>>(provider =>
            provider.GetRequiredService<SigningKeyRing>()
        );
        services.AddHostedService<KeyRotationWorker>();
        services
            .AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<AccountsDbContext>())
            .AddServer(server =>
            {
                server
                    .SetIssuer(issuer)
                    .SetAuthorizationEndpointUris(AuthorizePath.TrimStart('/'))
                    .SetTokenEndpointUris(TokenPath.TrimStart('/'))
                    .AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow()
                    .RegisterScopes(
                        OpenIddictConstants.Scopes.OpenId,
                        OpenIddictConstants.Scopes.OfflineAccess,
                        OpenIddictConstants.Scopes.Profile
                    )
                    .SetAccessTokenLifetime(options.AccessTokenLifetime)
                    .SetIdentityTokenLifetime(options.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(options.RefreshTokenLifetime)
                    .SetAuthorizationCodeLifetime(TimeSpan.FromMinutes(5))
                    .DisableAccessTokenEncryption();
                // PKCE with S256 only: "plain" would let a stolen code be redeemed with the challenge itself.
                server.Configure(o => o.CodeChallengeMethods.Remove(OpenIddictConstants.CodeChallengeMethods.Plain));
                var aspNetCore = server
                    .UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough();
                if (!requireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, SigningKeysForServer>();
        services.AddHttpContextAccessor();
        services.Replace(ServiceDescriptor.Singleton<IAuthenticationSchemeProvider, TokenServerRequestSchemes>());
        services.AddHostedService<TokenClients>();
    }

    /// <summary>
    /// The ring's keys, given to OpenIddict each time its options are built (at first use, after a change).
    /// </summary>
    private sealed class SigningKeysForServer(SigningKeyRing ring) : IConfigureOptions<OpenIddictServerOptions>
    {
        public void Configure(OpenIddictServerOptions options)
        {
            foreach (var certificate in ring.Certificates)
            {
                options.SigningCredentials.Add(new X509SigningCredentials(certificate));
            }

            options.EncryptionCredentials.Add(
                new EncryptingCredentials(
                    ring.EncryptionKey,
                    SecurityAlgorithms.Aes256KW,
                    SecurityAlgorithms.Aes256CbcHmacSha512
                )
            );
        }
    }

    private static Uri Issuer(IConfiguration configuration, AccountsOptions options)
    {
        var text = options.Issuer;
        if (string.IsNullOrWhiteSpace(text))
        {
            var first = (configuration["Urls"] ?? "http://localhost:5080").Split(';')[0];
            text = first
                .Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal);
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            throw new SettingException($"Accounts:Issuer must be an absolute URL, not '{text}'.");
        }

        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }
}
