using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.Accounts.Persistence;
using JjjMatch.Contracts.Accounts;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Accounts.Tests;

/// <summary>
/// The whole path of a new organisation over the real host and the real mail: register, confirm from the mail, sign
/// in, a token from the token server, drafts but no publishing until the operator approves, then publish.
/// </summary>
public abstract class RegistrationFlowTests(AccountsHost host)
{
    private readonly AccountsClient client = new(host);

    [Fact]
    public async Task A_registered_university_publishes_once_the_operator_approves_it()
    {
        var email = AccountsClient.NewEmail();
        var organisation = await client.RegisteredAndConfirmedAsync(email);

        var pending = await client.SignInWithCodeAsync(email);
        var claims = AccountsClient.Claims(pending.AccessToken);
        claims.GetProperty("org").GetString().ShouldBe(organisation.ToString());
        claims.GetProperty("role").GetString().ShouldBe("university");
        claims.GetProperty("org_status").GetString().ShouldBe("pending");
        var university = client.WithToken(pending.AccessToken);
        var draft = await university.PostAsJsonAsync("/api/achievements", AchievementSamples.Valid());
        draft.StatusCode.ShouldBe(HttpStatusCode.Created, await draft.Content.ReadAsStringAsync());
        var id = JsonDocument.Parse(await draft.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var refused = await university.PostAsync($"/api/achievements/{id}/publish", null);
        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        await client.ApproveAsync(organisation);
        var approved = await Tokens.ReadAsync(await client.RefreshAsync(pending.RefreshToken!));
        AccountsClient.Claims(approved.AccessToken).GetProperty("org_status").GetString().ShouldBe("approved");
        var published = await client.WithToken(approved.AccessToken).PostAsync($"/api/achievements/{id}/publish", null);

        published.StatusCode.ShouldBe(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        var events = await host.WithScopeAsync<AccountsDbContext, List<string>>(db =>
            db.OutboxMessages.Select(m => m.EventType).ToListAsync()
        );
        events.ShouldContain(e => e.Contains(nameof(OrganisationApproved), StringComparison.Ordinal));
        (await host.Mail.WaitForAsync(email, 2)).Subject!.ShouldContain("Approved");
    }

    [Fact]
    public async Task The_organisation_is_public_once_approved_and_its_details_are_its_own()
    {
        var email = AccountsClient.NewEmail();
        var organisation = await client.RegisteredAndConfirmedAsync(email, "enterprise");
        var stranger = host.CreateClient(TestAccounts.University);

        (await stranger.GetAsync($"/api/organisations/{organisation}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await client.ApproveAsync(organisation);

        var seen = await stranger.GetFromJsonAsync<JsonElement>($"/api/organisations/{organisation}");
        seen.GetProperty("status").GetString().ShouldBe("approved");
        seen.GetProperty("kind").GetString().ShouldBe("enterprise");
        seen.GetProperty("creditCode").ValueKind.ShouldBe(JsonValueKind.Null);
        var own = await client
            .WithToken((await client.SignInWithCodeAsync(email)).AccessToken)
            .GetFromJsonAsync<JsonElement>($"/api/organisations/{organisation}");
        own.GetProperty("creditCode").GetString()!.Length.ShouldBe(18);
        own.GetProperty("contactName").GetString().ShouldBe("李老师");
    }

    [Fact]
    public async Task A_rejected_organisation_cannot_sign_in_and_is_told_why_by_mail_and_notification()
    {
        var email = AccountsClient.NewEmail();
        var organisation = await client.RegisteredAndConfirmedAsync(email);
        // Signed in while pending; the access token outlives the rejection, so the inbox can be read.
        var pending = client.WithToken((await client.SignInWithCodeAsync(email)).AccessToken);

        var rejected = await client.ReviewAsync(organisation, "reject", "信用代码与名称不符");

        rejected.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.Mail.WaitForAsync(email, 2)).TextBody!.ShouldContain("信用代码与名称不符");
        var signIn = await AccountsClient.SignInAsync(client.Browser(), email);
        await signIn.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await client.ReviewAsync(organisation, "approve")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var told = await Eventually.WaitForAsync(
            () => pending.GetFromJsonAsync<JsonElement>("/api/notifications?type=organisation.rejected"),
            page => page.GetProperty("items").GetArrayLength() == 1,
            TimeSpan.FromSeconds(20),
            "the rejection in the organisation's notifications"
        );
        told.GetProperty("items")[0]
            .GetProperty("data")
            .GetProperty("reason")
            .GetString()
            .ShouldBe("信用代码与名称不符");
    }

    [Fact]
    public async Task A_partner_system_gets_tokens_for_its_organisation_with_client_credentials()
    {
        var organisation = await client.RegisteredAndConfirmedAsync(AccountsClient.NewEmail(), "enterprise");
        (
            await client.Operator.PostAsJsonAsync($"/api/organisations/{organisation}/clients", new { name = "ERP" })
        ).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await client.ApproveAsync(organisation);
        var created = await client.Operator.PostAsJsonAsync(
            $"/api/organisations/{organisation}/clients",
            new { name = "ERP 导入" }
        );
        var partner = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;

        var response = await client.Anonymous.PostAsync(
            "/connect/token",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = partner.GetProperty("clientId").GetString()!,
                    ["client_secret"] = partner.GetProperty("clientSecret").GetString()!,
                }
            )
        );
        var token = await Tokens.ReadAsync(response);
        var me = await client.WithToken(token.AccessToken).GetFromJsonAsync<JsonElement>("/api/auth/me");

        me.GetProperty("organisationId").GetString().ShouldBe(organisation.ToString());
        me.GetProperty("role").GetString().ShouldBe("enterprise");
        var draft = await client
            .WithToken(token.AccessToken)
            .PostAsJsonAsync("/api/demands", DemandSamples.Valid(DateTimeOffset.UtcNow.AddDays(30)));
        draft.StatusCode.ShouldBe(HttpStatusCode.Created, await draft.Content.ReadAsStringAsync());
        var wrongSecret = await client.Anonymous.PostAsync(
            "/connect/token",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = partner.GetProperty("clientId").GetString()!,
                    ["client_secret"] = "guess",
                }
            )
        );
        wrongSecret.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Discovery_names_the_endpoints_and_the_published_keys()
    {
        var discovery = await client.Anonymous.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        discovery.GetProperty("token_endpoint").GetString().ShouldEndWith("/connect/token");
        discovery.GetProperty("authorization_endpoint").GetString().ShouldEndWith("/connect/authorize");
        var methods = discovery
            .GetProperty("code_challenge_methods_supported")
            .EnumerateArray()
            .Select(m => m.GetString());
        methods.ShouldBe(["S256"]);
        var jwks = new Uri(discovery.GetProperty("jwks_uri").GetString()!).AbsolutePath;
        var keys = await client.Anonymous.GetFromJsonAsync<JsonElement>(jwks);
        var key = keys.GetProperty("keys")[0];
        key.GetProperty("kty").GetString().ShouldBe("RSA");
        key.TryGetProperty("d", out _).ShouldBeFalse("the private part is never published");
    }
}

public sealed class RegistrationFlowOverSmtpOnSqlite(SmtpSqliteHost host)
    : RegistrationFlowTests(host),
        IClassFixture<SmtpSqliteHost>;

public sealed class RegistrationFlowOverSmtpOnPostgreSql(SmtpPostgreSqlHost host)
    : RegistrationFlowTests(host),
        IClassFixture<SmtpPostgreSqlHost>;
