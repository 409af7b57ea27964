using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.Accounts.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Accounts.Tests;

/// <summary>Sign-in, lockout, reset, invitations and members, with the mails as a person gets them.</summary>
public abstract class PeopleTests(AccountsHost host)
{
    private readonly AccountsClient client = new(host);

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = AccountsClient.NewEmail();
        await client.RegisteredAndConfirmedAsync(email);
        var browser = client.Browser();

        for (var i = 0; i < 5; i++)
        {
            await (await AccountsClient.SignInAsync(browser, email, "wrong password " + i)).ShouldBeProblemAsync(
                HttpStatusCode.Unauthorized
            );
        }

        var locked = await AccountsClient.SignInAsync(browser, email);
        await locked.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var unknown = await AccountsClient.SignInAsync(browser, AccountsClient.NewEmail("nobody"));
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("Wrong email or password");
        (await locked.Content.ReadAsStringAsync()).ShouldContain("Wrong email or password");
    }

    [Fact]
    public async Task An_unconfirmed_address_cannot_sign_in()
    {
        var email = AccountsClient.NewEmail();
        (await client.RegisterAsync(AccountsClient.Registration(email))).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        await (await AccountsClient.SignInAsync(client.Browser(), email)).ShouldBeProblemAsync(
            HttpStatusCode.Forbidden
        );
    }

    [Fact]
    public async Task A_reset_link_works_once()
    {
        var email = AccountsClient.NewEmail();
        await client.RegisteredAndConfirmedAsync(email);

        var asked = await client.Anonymous.PostAsJsonAsync("/api/account/forgot-password", new { email });
        asked.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var (link, userId, token) = Mailbox.LinkIn(await host.Mail.WaitForAsync(email, 2));
        link.AbsolutePath.ShouldBe("/account/reset-password");
        var page = await client.Anonymous.GetAsync(link.PathAndQuery);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var reset = await client.Anonymous.PostAsJsonAsync(
            "/api/account/reset-password",
            new
            {
                userId,
                token,
                password = "a brand new password",
            }
        );
        reset.StatusCode.ShouldBe(HttpStatusCode.NoContent, await reset.Content.ReadAsStringAsync());
        var again = await client.Anonymous.PostAsJsonAsync(
            "/api/account/reset-password",
            new
            {
                userId,
                token,
                password = "a third password here",
            }
        );

        await again.ShouldBeValidationProblemAsync("token");
        await client.SignInWithCodeAsync(email, "a brand new password");
        await (await AccountsClient.SignInAsync(client.Browser(), email)).ShouldBeProblemAsync(
            HttpStatusCode.Unauthorized
        );
    }

    [Fact]
    public async Task A_confirmation_link_works_once()
    {
        var email = AccountsClient.NewEmail();
        await client.RegisteredAndConfirmedAsync(email);
        var (_, userId, token) = Mailbox.LinkIn(await host.Mail.WaitForAsync(email));

        var reused = await client.Anonymous.PostAsJsonAsync("/api/account/confirm-email", new { userId, token });

        await reused.ShouldBeValidationProblemAsync("token");
    }

    [Fact]
    public async Task Reset_and_registration_answers_do_not_tell_whether_an_address_has_an_account()
    {
        var email = AccountsClient.NewEmail();
        await client.RegisteredAndConfirmedAsync(email);
        var stranger = AccountsClient.NewEmail("stranger");

        var known = await client.Anonymous.PostAsJsonAsync("/api/account/forgot-password", new { email });
        var unknown = await client.Anonymous.PostAsJsonAsync("/api/account/forgot-password", new { email = stranger });
        known.StatusCode.ShouldBe(unknown.StatusCode);
        (await known.Content.ReadAsStringAsync()).ShouldBe(await unknown.Content.ReadAsStringAsync());

        var organisations = await CountAsync();
        var again = await client.RegisterAsync(AccountsClient.Registration(email));
        var fresh = await client.RegisterAsync(AccountsClient.Registration(AccountsClient.NewEmail()));
        again.StatusCode.ShouldBe(fresh.StatusCode);
        (await again.Content.ReadAsStringAsync()).ShouldBe(await fresh.Content.ReadAsStringAsync());
        (await CountAsync()).ShouldBe(organisations + 1);
        (await host.Mail.WaitForAsync(email, 3)).Subject!.ShouldContain("Someone tried to register");
        host.Mail.To(stranger).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_invited_member_joins_and_a_removed_one_loses_access_at_the_next_refresh()
    {
        var admin = AccountsClient.NewEmail();
        var organisation = await client.RegisteredAndConfirmedAsync(admin);
        await client.ApproveAsync(organisation);
        var adminApi = client.WithToken((await client.SignInWithCodeAsync(admin)).AccessToken);
        var member = AccountsClient.NewEmail("member");

        var invited = await adminApi.PostAsJsonAsync(
            $"/api/organisations/{organisation}/members",
            new
            {
                email = member,
                displayName = "王工",
                role = "member",
            }
        );
        invited.StatusCode.ShouldBe(HttpStatusCode.OK, await invited.Content.ReadAsStringAsync());
        var (link, userId, token) = Mailbox.LinkIn(await host.Mail.WaitForAsync(member));
        link.AbsolutePath.ShouldBe("/account/invitation");
        var accepted = await client.Anonymous.PostAsJsonAsync(
            "/api/account/accept-invitation",
            new
            {
                userId,
                token,
                password = "member password 1",
            }
        );
        accepted.StatusCode.ShouldBe(HttpStatusCode.NoContent, await accepted.Content.ReadAsStringAsync());
        await (
            await client.Anonymous.PostAsJsonAsync(
                "/api/account/accept-invitation",
                new
                {
                    userId,
                    token,
                    password = "member password 2",
                }
            )
        ).ShouldBeValidationProblemAsync("token");
        var tokens = await client.SignInWithCodeAsync(member, "member password 1");
        var claims = AccountsClient.Claims(tokens.AccessToken);
        claims.GetProperty("org").GetString().ShouldBe(organisation.ToString());
        claims.GetProperty("member_role").GetString().ShouldBe("member");
        var memberApi = client.WithToken(tokens.AccessToken);
        (
            await memberApi.PostAsJsonAsync(
                $"/api/organisations/{organisation}/members",
                new
                {
                    email = AccountsClient.NewEmail(),
                    displayName = "x",
                    role = "member",
                }
            )
        ).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var removed = await adminApi.DeleteAsync($"/api/organisations/{organisation}/members/{userId}");

        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var refresh = await client.RefreshAsync(tokens.RefreshToken!);
        refresh.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refresh.Content.ReadAsStringAsync()).ShouldContain("invalid_grant");
        var members = await adminApi.GetFromJsonAsync<JsonElement>($"/api/organisations/{organisation}/members");
        members.EnumerateArray().Select(m => m.GetProperty("email").GetString()).ShouldBe([admin]);
    }

    [Fact]
    public async Task The_last_administrator_cannot_leave_or_step_down()
    {
        var admin = AccountsClient.NewEmail();
        var organisation = await client.RegisteredAndConfirmedAsync(admin);
        var api = client.WithToken((await client.SignInWithCodeAsync(admin)).AccessToken);
        var me = (await api.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("userId").GetString();

        (
            await api.PutAsJsonAsync($"/api/organisations/{organisation}/members/{me}/role", new { role = "member" })
        ).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await api.DeleteAsync($"/api/organisations/{organisation}/members/{me}")).StatusCode.ShouldBe(
            HttpStatusCode.Conflict
        );
    }

    [Fact]
    public async Task A_brokers_coverage_enters_tokens_once_the_operator_checks_it()
    {
        var admin = AccountsClient.NewEmail();
        var organisation = await client.RegisteredAndConfirmedAsync(admin, "intermediary");
        await client.ApproveAsync(organisation);
        var tokens = await client.SignInWithCodeAsync(admin);
        var api = client.WithToken(tokens.AccessToken);
        var me = AccountsClient.Claims(tokens.AccessToken).GetProperty("sub").GetString();

        var set = await api.PutAsJsonAsync(
            $"/api/organisations/{organisation}/members/{me}/coverage",
            new { regions = new[] { "hebei" }, industries = new[] { "钢铁" } }
        );
        set.StatusCode.ShouldBe(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());
        var unchecked_ = await Tokens.ReadAsync(await client.RefreshAsync(tokens.RefreshToken!));
        AccountsClient.Claims(unchecked_.AccessToken).TryGetProperty("regions", out _).ShouldBeFalse();
        (
            await client.Operator.PostAsync($"/api/organisations/{organisation}/members/{me}/coverage/check", null)
        ).StatusCode.ShouldBe(HttpStatusCode.OK);
        var checked_ = await Tokens.ReadAsync(await client.RefreshAsync(unchecked_.RefreshToken!));

        var me2 = await client.WithToken(checked_.AccessToken).GetFromJsonAsync<JsonElement>("/api/auth/me");
        me2.GetProperty("regions").EnumerateArray().Select(r => r.GetString()).ShouldBe(["hebei"]);
        me2.GetProperty("industries").EnumerateArray().Select(r => r.GetString()).ShouldBe(["钢铁"]);
    }

    private Task<int> CountAsync() => host.WithScopeAsync<AccountsDbContext, int>(db => db.Organisations.CountAsync());
}

public sealed class PeopleOverSmtpOnSqlite(SmtpSqliteHost host) : PeopleTests(host), IClassFixture<SmtpSqliteHost>;

public sealed class PeopleInFolderOnPostgreSql(FolderPostgreSqlHost host)
    : PeopleTests(host),
        IClassFixture<FolderPostgreSqlHost>;
