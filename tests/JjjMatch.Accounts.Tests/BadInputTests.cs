using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using JjjMatch.Accounts.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Accounts.Tests;

/// <summary>Bad input on every accounts endpoint: 400 naming the field, and nothing stored or sent.</summary>
public abstract class BadInputTests(AccountsHost host)
{
    private readonly AccountsClient client = new(host);

    [Theory]
    [InlineData("name", null)]
    [InlineData("name", "")]
    [InlineData("kind", "operator")]
    [InlineData("kind", "bank")]
    [InlineData("province", "shanghai-ish")]
    [InlineData("creditCode", "91330100716105852G")]
    [InlineData("creditCode", "9133010071610585")]
    [InlineData("contactName", null)]
    [InlineData("email", "not-an-address")]
    [InlineData("email", null)]
    [InlineData("password", "short")]
    [InlineData("password", null)]
    public async Task Registration_names_the_bad_field_and_stores_nothing(string field, string? value)
    {
        var email = AccountsClient.NewEmail();
        var body = AccountsClient.Registration(email);
        body[field] = value;
        var before = await CountsAsync();

        var response = await client.RegisterAsync(body);

        await response.ShouldBeValidationProblemAsync(field);
        (await CountsAsync()).ShouldBe(before);
        host.Mail.To(email).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_wrong_json_type_names_the_field()
    {
        var body = AccountsClient.Registration(AccountsClient.NewEmail());
        body["kind"] = new JsonArray(1, 2);

        await (await client.RegisterAsync(body)).ShouldBeValidationProblemAsync("kind");
    }

    [Fact]
    public async Task A_credit_code_registered_already_is_a_conflict()
    {
        var first = AccountsClient.Registration(AccountsClient.NewEmail());
        (await client.RegisterAsync(first)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var second = AccountsClient.Registration(
            AccountsClient.NewEmail(),
            creditCode: first["creditCode"]!.GetValue<string>().ToLowerInvariant()
        );

        await (await client.RegisterAsync(second)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("/api/account/signin", """{"email":"x","password":"p"}""", "email")]
    [InlineData("/api/account/signin", """{"email":"a@b.cn"}""", "password")]
    [InlineData("/api/account/forgot-password", """{"email":"nope"}""", "email")]
    [InlineData(
        "/api/account/confirm-email",
        """{"userId":"00000000-0000-0000-0000-000000000000","token":"t"}""",
        "userId"
    )]
    [InlineData("/api/account/confirm-email", """{"userId":"not-a-guid","token":"t"}""", "userId")]
    [InlineData(
        "/api/account/reset-password",
        """{"userId":"0b6f8f2e-4a1d-4c57-9a30-000000000001","token":"t"}""",
        "password"
    )]
    [InlineData(
        "/api/account/reset-password",
        """{"userId":"0b6f8f2e-4a1d-4c57-9a30-000000000001","password":"long enough pw"}""",
        "token"
    )]
    [InlineData(
        "/api/account/accept-invitation",
        """{"userId":"0b6f8f2e-4a1d-4c57-9a30-000000000001","token":"t","password":"x"}""",
        "password"
    )]
    [InlineData(
        "/api/account/accept-invitation",
        """{"userId":"0b6f8f2e-4a1d-4c57-9a30-000000000001","token":"forged","password":"long enough pw"}""",
        "token"
    )]
    public async Task Account_endpoints_name_the_bad_field(string path, string json, string field)
    {
        var response = await client.Anonymous.PostAsync(
            path,
            new StringContent(json, Encoding.UTF8, "application/json")
        );

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task Operator_and_member_endpoints_name_the_bad_field_and_change_nothing()
    {
        var admin = AccountsClient.NewEmail();
        var organisation = await client.RegisteredAndConfirmedAsync(admin, "intermediary");
        var api = client.WithToken((await client.SignInWithCodeAsync(admin)).AccessToken);
        var me = AccountsClient
            .Claims((await client.SignInWithCodeAsync(admin)).AccessToken)
            .GetProperty("sub")
            .GetString();
        var before = await CountsAsync();

        await (await client.ReviewAsync(organisation, "reject", "")).ShouldBeValidationProblemAsync("reason");
        await (await client.ReviewAsync(organisation, "suspend", new string('x', 1001))).ShouldBeValidationProblemAsync(
            "reason"
        );
        await (await client.Operator.GetAsync("/api/organisations?status=sleeping")).ShouldBeValidationProblemAsync(
            "status"
        );
        await (
            await client.Operator.PostAsJsonAsync($"/api/organisations/{organisation}/clients", new { name = "" })
        ).ShouldBeValidationProblemAsync("name");
        var members = $"/api/organisations/{organisation}/members";
        await (
            await api.PostAsJsonAsync(
                members,
                new
                {
                    email = "x",
                    displayName = "a",
                    role = "member",
                }
            )
        ).ShouldBeValidationProblemAsync("email");
        await (
            await api.PostAsJsonAsync(
                members,
                new
                {
                    email = AccountsClient.NewEmail(),
                    displayName = "a",
                    role = "owner",
                }
            )
        ).ShouldBeValidationProblemAsync("role");
        await (
            await api.PostAsJsonAsync(members, new { email = AccountsClient.NewEmail(), role = "member" })
        ).ShouldBeValidationProblemAsync("displayName");
        await (await api.PutAsJsonAsync($"{members}/{me}/role", new { role = "king" })).ShouldBeValidationProblemAsync(
            "role"
        );
        await (
            await api.PutAsJsonAsync(
                $"{members}/{me}/coverage",
                new { regions = new[] { "shanghai" }, industries = Array.Empty<string>() }
            )
        ).ShouldBeValidationProblemAsync("regions[0]");
        await (
            await api.PutAsJsonAsync(
                $"{members}/{me}/coverage",
                new { regions = new[] { "hebei" }, industries = new[] { "炼丹" } }
            )
        ).ShouldBeValidationProblemAsync("industries[0]");

        (await CountsAsync()).ShouldBe(before);
        var status = await client.Operator.GetFromJsonAsync<JsonObject>($"/api/organisations/{organisation}");
        status!["status"]!.GetValue<string>().ShouldBe("pending");
        var coverage = await api.GetFromJsonAsync<JsonArray>(members);
        coverage![0]!["regions"]!.AsArray().Count.ShouldBe(0);
    }

    [Fact]
    public async Task Strangers_and_other_organisations_get_no_access()
    {
        var organisation = await client.RegisteredAndConfirmedAsync(AccountsClient.NewEmail());
        var other = host.CreateClient(TestAccounts.University);

        (await client.Anonymous.PostAsync($"/api/organisations/{organisation}/approve", null)).StatusCode.ShouldBe(
            HttpStatusCode.Unauthorized
        );
        (await other.PostAsync($"/api/organisations/{organisation}/approve", null)).StatusCode.ShouldBe(
            HttpStatusCode.Forbidden
        );
        (await other.GetAsync($"/api/organisations/{organisation}/members")).StatusCode.ShouldBe(
            HttpStatusCode.Forbidden
        );
        (await client.Anonymous.GetAsync("/api/organisations")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.Operator.PostAsync($"/api/organisations/{Guid.NewGuid()}/approve", null)).StatusCode.ShouldBe(
            HttpStatusCode.NotFound
        );
    }

    [Fact]
    public async Task The_sign_in_page_never_redirects_off_site()
    {
        var page = await client.Anonymous.GetStringAsync("/account/signin?returnUrl=//evil.example/x");

        page.ShouldNotContain("evil.example");
        (await client.Anonymous.GetStringAsync("/account/signin?returnUrl=/connect/authorize%3Fa%3D1")).ShouldContain(
            "/connect/authorize?a=1"
        );
    }

    private Task<(int, int)> CountsAsync() =>
        host.WithScopeAsync<AccountsDbContext, (int, int)>(async db =>
            (await db.Organisations.CountAsync(), await db.Users.CountAsync())
        );
}

public sealed class BadInputOnSqlite(FolderSqliteHost host) : BadInputTests(host), IClassFixture<FolderSqliteHost>;

public sealed class BadInputOnPostgreSql(FolderPostgreSqlHost host)
    : BadInputTests(host),
        IClassFixture<FolderPostgreSqlHost>;
