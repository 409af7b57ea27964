using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using JjjMatch.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace JjjMatch.Security.Tests;

/// <summary>
/// Correctly signed tokens whose claims do not match docs/security.md ("Token format") are refused with a 401:
/// nothing is read with a fallback (an organisation of the empty id, the first of several roles), and nothing is
/// created or published with them.
/// </summary>
public sealed class TokenClaimsTests(DefaultHost host) : IClassFixture<DefaultHost>
{
    public static TheoryData<string, string> Malformed =>
        new()
        {
            { "org not a GUID", """{"sub":"@user","org":"acme","role":"university"}""" },
            {
                "org the empty GUID",
                """{"sub":"@user","org":"00000000-0000-0000-0000-000000000000","role":"university"}"""
            },
            { "org a number", """{"sub":"@user","org":42,"role":"university"}""" },
            { "two orgs", """{"sub":"@user","org":["@org","@org2"],"role":"university"}""" },
            { "no org", """{"sub":"@user","role":"university"}""" },
            { "role an array", """{"sub":"@user","org":"@org","role":["university","enterprise"]}""" },
            { "role unknown", """{"sub":"@user","org":"@org","role":"admin"}""" },
            { "no role", """{"sub":"@user","org":"@org"}""" },
            { "no sub", """{"org":"@org","role":"university"}""" },
            { "sub not a GUID", """{"sub":"alice","org":"@org","role":"university"}""" },
            { "university with coverage", """{"sub":"@user","org":"@org","role":"university","regions":["hebei"]}""" },
            {
                "broker with an unknown region",
                """{"sub":"@user","org":"@org","role":"intermediary","regions":["mars"]}"""
            },
            {
                "broker with an unknown industry",
                """{"sub":"@user","org":"@org","role":"intermediary","industries":["x"]}"""
            },
        };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_signed_token_with_malformed_claims_is_a_401_and_creates_nothing(string why, string claims)
    {
        var token = Sign(claims);
        var owner = host.CreateClient(TestAccounts.University);
        var draft = (
            await (
                await owner.PostAsJsonAsync("/api/achievements", AchievementSamples.Valid())
            ).Content.ReadFromJsonAsync<JsonObject>()
        )!["id"]!.GetValue<string>();

        var me = await Send(HttpMethod.Get, "/api/auth/me", token);
        var created = await Send(HttpMethod.Post, "/api/achievements", token);
        var published = await Send(HttpMethod.Post, $"/api/achievements/{draft}/publish", token);

        await me.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await created.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        created.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer", customMessage: why);
        await published.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var stored = await owner.GetFromJsonAsync<JsonObject>($"/api/achievements/{draft}");
        stored!["status"]!.GetValue<string>().ShouldBe("draft", why);
    }

    [Fact]
    public async Task The_same_hand_signed_token_with_the_documented_claims_is_accepted()
    {
        var token = Sign("""{"sub":"@user","org":"@org","role":"university","name":"测试大学"}""");

        (await Send(HttpMethod.Get, "/api/auth/me", token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Send(HttpMethod.Post, "/api/achievements", token)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var broker = Sign(
            """{"sub":"@user","org":"@org","role":"intermediary","regions":["hebei"],"industries":["钢铁"]}"""
        );
        (await Send(HttpMethod.Get, "/api/auth/me", broker)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string token)
    {
        using var request = new HttpRequestMessage(method, path);
        if (path == "/api/achievements")
        {
            request.Content = JsonContent.Create(AchievementSamples.Valid());
        }

        request.Headers.Authorization = new("Bearer", token);
        return await host.CreateClient().SendAsync(request);
    }

    /// <summary>
    /// Signs the claims with the host's key, issuer, audience and a valid lifetime, as an issuer would.
    /// </summary>
    private static string Sign(string claims)
    {
        var payload = JsonNode
            .Parse(
                claims
                    .Replace("@user", Guid.NewGuid().ToString(), StringComparison.Ordinal)
                    .Replace("@org2", Guid.NewGuid().ToString(), StringComparison.Ordinal)
                    .Replace("@org", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            )!
            .AsObject();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        payload["iss"] = "jjjmatch";
        payload["aud"] = "jjjmatch-api";
        payload["iat"] = now;
        payload["nbf"] = now;
        payload["exp"] = now + 600;
        return new JsonWebTokenHandler().CreateToken(
            payload.ToJsonString(),
            new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(TestAccounts.SigningKey)),
                SecurityAlgorithms.HmacSha256
            )
        );
    }
}
