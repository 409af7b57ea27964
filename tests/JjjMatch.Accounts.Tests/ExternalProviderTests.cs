using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace JjjMatch.Accounts.Tests;

/// <summary>
/// docs/accounts.md's external OpenID Connect provider: a host without the accounts service, with
/// <c>Auth:Authority</c> set to a provider on a real loopback port (its own RSA key, discovery and JWKS), accepts that
/// provider's tokens with the documented claims and refuses tokens of another key, another issuer or audience.
/// </summary>
public sealed class ExternalProviderTests
{
    [Fact]
    public async Task Services_pointed_at_an_external_provider_accept_its_tokens_and_only_its_tokens()
    {
        using var key = RSA.Create(2048);
        await using var provider = await ProviderAsync(key);
        var issuer =
            provider.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()
            + "/";
        await using var host = new JjjMatchFactory(
            DatabaseTarget.Sqlite,
            "achievements",
            new Dictionary<string, string> { [TokenServerTrust.AuthoritySetting] = issuer }
        );
        var organisation = Guid.NewGuid();

        var accepted = await MeAsync(host, Token(key, "provider-key", issuer, "jjjmatch-api", organisation));
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        var me = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        me.GetProperty("organisationId").GetString().ShouldBe(organisation.ToString());
        me.GetProperty("role").GetString().ShouldBe(Roles.University);

        // The provider's token may act on the market: a draft, then publishing it (org_status approved).
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new(
            "Bearer",
            Token(key, "provider-key", issuer, "jjjmatch-api", organisation)
        );
        var created = await client.PostAsJsonAsync("/api/achievements", AchievementSamples.Valid());
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await client.PostAsync($"/api/achievements/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var other = RSA.Create(2048);
        (await MeAsync(host, Token(other, "provider-key", issuer, "jjjmatch-api", organisation))).StatusCode.ShouldBe(
            HttpStatusCode.Unauthorized,
            "another key under the same kid"
        );
        (
            await MeAsync(host, Token(key, "provider-key", "https://elsewhere.example/", "jjjmatch-api", organisation))
        ).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "another issuer");
        (await MeAsync(host, Token(key, "provider-key", issuer, "another-api", organisation))).StatusCode.ShouldBe(
            HttpStatusCode.Unauthorized,
            "another audience"
        );
    }

    /// <summary>A minimal OpenID Connect provider: discovery and JWKS on a free loopback port.</summary>
    private static async Task<WebApplication> ProviderAsync(RSA key)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(
            new RsaSecurityKey(key.ExportParameters(false)) { KeyId = "provider-key" }
        );
        app.MapGet("/.well-known/openid-configuration", (HttpContext context) =>
        {
            var issuer = $"{context.Request.Scheme}://{context.Request.Host}/";
            return Results.Json(
                new Dictionary<string, object>
                {
                    ["issuer"] = issuer,
                    ["jwks_uri"] = issuer + "jwks",
                    ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                }
            );
        });
        app.MapGet("/jwks", () => Results.Json(
                new
                {
                    keys = new[]
                    {
                        new
                        {
                            kty = jwk.Kty,
                            use = "sig",
                            kid = jwk.Kid,
                            alg = "RS256",
                            n = jwk.N,
                            e = jwk.E,
                        },
                    },
                }
            ));
        await app.StartAsync();
        return app;
    }

    private static string Token(RSA key, string kid, string issuer, string audience, Guid organisation) =>
        new JsonWebTokenHandler().CreateToken(
            new SecurityTokenDescriptor
            {
                Issuer = issuer,
                Audience = audience,
                Expires = DateTime.UtcNow.AddMinutes(5),
                SigningCredentials = new SigningCredentials(
                    new RsaSecurityKey(key) { KeyId = kid },
                    SecurityAlgorithms.RsaSha256
                ),
                Claims = new Dictionary<string, object>
                {
                    [JwtRegisteredClaimNames.Sub] = Guid.NewGuid().ToString(),
                    [TokenIssuer.OrganisationClaim] = organisation.ToString(),
                    [TokenIssuer.RoleClaim] = Roles.University,
                    [JwtRegisteredClaimNames.Name] = "外部提供方大学",
                    [TokenIssuer.OrganisationStatusClaim] = TokenIssuer.Approved,
                },
            }
        );

    private static Task<HttpResponseMessage> MeAsync(JjjMatchFactory host, string token)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client.GetAsync("/api/auth/me");
    }
}
