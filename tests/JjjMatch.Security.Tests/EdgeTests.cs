using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Host.DemoData;
using JjjMatch.Testing;

namespace JjjMatch.Security.Tests;

public sealed class LowRateLimitHost()
    : ConfiguredHost(
        new Dictionary<string, string> { ["RateLimiting:PermitLimit"] = "3", ["RateLimiting:Window"] = "00:10:00" }
    );

/// <summary>
/// Requests per account in a fixed window; the next one is a 429 problem with Retry-After. Other accounts are not
/// affected.
/// </summary>
public sealed class RateLimitTests(LowRateLimitHost host) : IClassFixture<LowRateLimitHost>
{
    [Fact]
    public async Task An_account_over_its_limit_gets_429_with_retry_after_and_others_do_not()
    {
        var busy = host.CreateClient(TestAccounts.New(Roles.University));
        for (var i = 0; i < 3; i++)
        {
            (await busy.GetAsync("/api/achievements")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await busy.GetAsync("/api/achievements");

        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(
            refused.Headers.GetValues("Retry-After").Single(),
            System.Globalization.CultureInfo.InvariantCulture
        );
        retryAfter.ShouldBeInRange(1, 600);
        (await busy.PostAsJsonAsync("/api/achievements", AchievementSamples.Valid())).StatusCode.ShouldBe(
            HttpStatusCode.TooManyRequests
        );
        (await host.CreateClient(TestAccounts.New(Roles.University)).GetAsync("/api/achievements")).StatusCode.ShouldBe(
            HttpStatusCode.OK
        );
        (await host.CreateClient().GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class DefaultHost() : ConfiguredHost(new Dictionary<string, string>());

public sealed class CorsHost()
    : ConfiguredHost(new Dictionary<string, string> { ["Cors:AllowedOrigins"] = "https://portal.example.cn" });

public sealed class DemoAccountsHost()
    : ConfiguredHost(new Dictionary<string, string> { ["Auth:DemoAccounts"] = "true" }, "achievements,demands");

/// <summary>No CORS unless configured, and then only for the listed origins.</summary>
public sealed class CorsTests(DefaultHost plain, CorsHost configured)
    : IClassFixture<DefaultHost>,
        IClassFixture<CorsHost>
{
    [Fact]
    public async Task By_default_no_origin_is_allowed()
    {
        var client = plain.CreateClient();

        var simple = await client.SendAsync(WithOrigin(HttpMethod.Get, "https://portal.example.cn"));
        var preflight = await client.SendAsync(Preflight("https://portal.example.cn"));

        simple.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        preflight.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Fact]
    public async Task A_configured_origin_is_allowed_and_no_other()
    {
        var client = configured.CreateClient();

        var allowed = await client.SendAsync(Preflight("https://portal.example.cn"));
        var other = await client.SendAsync(Preflight("https://evil.example.com"));

        allowed.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe("https://portal.example.cn");
        other.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    private static HttpRequestMessage WithOrigin(HttpMethod method, string origin)
    {
        var request = new HttpRequestMessage(method, "/api/achievements");
        request.Headers.Add("Origin", origin);
        return request;
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = WithOrigin(HttpMethod.Options, origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }
}

/// <summary>The demo token desk of the embedded default, and its absence elsewhere.</summary>
public sealed class DemoAccountTests(DemoAccountsHost demo, DefaultHost plain)
    : IClassFixture<DemoAccountsHost>,
        IClassFixture<DefaultHost>
{
    [Theory]
    [InlineData("university")]
    [InlineData("enterprise")]
    [InlineData("intermediary")]
    [InlineData("operator")]
    public async Task Each_demo_account_gets_a_token_that_every_service_accepts(string account)
    {
        var client = demo.CreateClient();
        var issued = await client.PostAsync($"/api/auth/token?account={account}", null);
        issued.StatusCode.ShouldBe(HttpStatusCode.OK, await issued.Content.ReadAsStringAsync());
        var body = await issued.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", body.GetProperty("accessToken").GetString());

        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");

        var expected = DemoAccounts.Find(account)!;
        me.GetProperty("role").GetString().ShouldBe(expected.Role);
        me.GetProperty("organisationId").GetString().ShouldBe(expected.OrganisationId.ToString());
        body.GetProperty("tokenType").GetString().ShouldBe("Bearer");
    }

    [Fact]
    public async Task The_demo_university_may_create_an_achievement_with_its_token()
    {
        var client = demo.CreateClient();
        var token = (
            await (
                await client.PostAsync("/api/auth/token?account=university", null)
            ).Content.ReadFromJsonAsync<JsonElement>()
        )
            .GetProperty("accessToken")
            .GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        (await client.PostAsJsonAsync("/api/achievements", AchievementSamples.Valid())).StatusCode.ShouldBe(
            HttpStatusCode.Created
        );
    }

    [Fact]
    public async Task An_unknown_demo_account_is_a_400_naming_it()
    {
        await (
            await demo.CreateClient().PostAsync("/api/auth/token?account=root", null)
        ).ShouldBeValidationProblemAsync("account");
    }

    [Fact]
    public async Task Without_demo_accounts_there_is_no_token_endpoint()
    {
        (await plain.CreateClient().PostAsync("/api/auth/token?account=university", null)).StatusCode.ShouldBe(
            HttpStatusCode.NotFound
        );
        (await plain.CreateClient().GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
