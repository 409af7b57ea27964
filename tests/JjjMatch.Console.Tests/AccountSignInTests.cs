using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JjjMatch.Console.Tests;

/// <summary>
/// "Sign in with your account": the console sends the browser to the product's own token server (authorization code
/// with PKCE), the person signs in there with email and password, and comes back signed in.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class AccountSignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_registered_person_signs_in_on_the_token_server_and_lands_on_their_listings()
    {
        var email = await browser.Host.RegisteredUniversityPersonAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/console/sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "用账号登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/signin"));
        await SubmitOnTokenServerAsync(page, email);

        await Expect(page).ToHaveURLAsync(new Regex("/console/listings"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("我的科技成果");
        await Expect(page.Locator(".account")).ToContainTextAsync(People.OrganisationName);
        var cookies = await page.Context.CookiesAsync();
        cookies.ShouldContain(c => c.Name == "jjjmatch-console" && c.HttpOnly);
        cookies.ShouldNotContain(c => c.Name == "jjjmatch-console-signin");
    }

    [Fact]
    public async Task A_tampered_state_and_a_refusal_are_shown_as_messages_and_open_no_session()
    {
        var email = await browser.Host.RegisteredUniversityPersonAsync();
        var page = await browser.NewPageAsync();

        // The token server says no (access_denied) with the right state: a message, no session.
        var authorize = await StartAsync(page);
        var state = QueryHelpers.ParseQuery(authorize.Query)["state"].ToString();
        state.ShouldNotBeNullOrEmpty();
        await page.GotoAsync($"/console/signin-callback?error=access_denied&state={Uri.EscapeDataString(state)}");
        await Expect(page).ToHaveURLAsync(Pages.SignInUrl());
        await Expect(page.Locator(".error")).ToContainTextAsync("登录已取消");

        // A real code, but the state in the redirect is not the one the console sent: refused.
        authorize = await StartAsync(page);
        var tampered = Regex.Replace(authorize.PathAndQuery, "state=[^&]+", "state=tampered");
        await page.GotoAsync("/account/signin?returnUrl=" + Uri.EscapeDataString(tampered));
        await SubmitOnTokenServerAsync(page, email);

        await Expect(page).ToHaveURLAsync(Pages.SignInUrl());
        await Expect(page.Locator(".error")).ToContainTextAsync("登录请求无效");
        (await page.Context.CookiesAsync()).ShouldNotContain(c => c.Name == "jjjmatch-console");
        await page.GotoAsync("/console");
        await Expect(page).ToHaveURLAsync(Pages.SignInUrl());
    }

    [Fact]
    public async Task A_host_without_the_accounts_service_offers_no_account_sign_in()
    {
        await using var host = new ConsoleHost("achievements,demands,matching");
        var page = await browser.NewPageAsync(host: host);

        await page.GotoAsync("/console/sign-in");
        await Expect(page.Locator("button[data-account=intermediary]")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "用账号登录" })).ToHaveCountAsync(0);

        await page.GotoAsync("/console/signin");
        await Expect(page).ToHaveURLAsync(Pages.SignInUrl());
        await Expect(page.Locator(".error")).ToContainTextAsync("本主机不提供账号登录");
        await page.Context.CloseAsync();
    }

    /// <summary>Clicks the button and returns the authorization request the token server's sign-in page got.</summary>
    private static async Task<Uri> StartAsync(IPage page)
    {
        await page.GotoAsync("/console/sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "用账号登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/signin"));
        var returnUrl = QueryHelpers.ParseQuery(new Uri(page.Url).Query)["returnUrl"].ToString();
        returnUrl.ShouldStartWith("/connect/authorize?");
        return new Uri(new Uri(page.Url), returnUrl);
    }

    private static async Task SubmitOnTokenServerAsync(IPage page, string email)
    {
        await page.GetByLabel("邮箱 Email").FillAsync(email);
        await page.GetByLabel("密码 Password").FillAsync(People.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交 / Submit" }).ClickAsync();
    }
}
