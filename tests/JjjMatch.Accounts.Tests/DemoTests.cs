using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.Host.DemoData;
using JjjMatch.Testing;

namespace JjjMatch.Accounts.Tests;

/// <summary>
/// The embedded default's demo: approved demo organisations whose people sign in with published passwords.
/// </summary>
public sealed class DemoHost()
    : AccountsHost(
        DatabaseTarget.Sqlite,
        smtp: false,
        new Dictionary<string, string> { ["DemoData:Enabled"] = "true", ["Auth:DemoAccounts"] = "true" }
    );

public sealed class DemoTests(DemoHost host) : IClassFixture<DemoHost>
{
    private readonly AccountsClient client = new(host);

    [Fact]
    public async Task A_demo_person_signs_in_and_owns_the_demo_listings()
    {
        var university = DemoAccounts.University;

        var tokens = await client.SignInWithCodeAsync(
            $"{university.Name}@demo.jjjmatch.cn",
            $"jjjmatch-demo-{university.Name}"
        );

        var claims = AccountsClient.Claims(tokens.AccessToken);
        claims.GetProperty("sub").GetString().ShouldBe(university.UserId.ToString());
        claims.GetProperty("org").GetString().ShouldBe(university.OrganisationId.ToString());
        claims.GetProperty("org_status").GetString().ShouldBe("approved");
        var mine = await client.WithToken(tokens.AccessToken).GetFromJsonAsync<JsonElement>("/api/achievements/mine");
        mine.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_demo_token_desk_still_issues_tokens_the_services_accept()
    {
        var desk = await client.Anonymous.PostAsync("/api/auth/token?account=intermediary", null);
        desk.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = JsonDocument.Parse(await desk.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken");

        var me = await client.WithToken(token.GetString()!).GetFromJsonAsync<JsonElement>("/api/auth/me");

        me.GetProperty("regions").GetArrayLength().ShouldBe(3);
    }
}
