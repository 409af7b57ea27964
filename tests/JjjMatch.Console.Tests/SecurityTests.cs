using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Testing;
using Microsoft.Playwright;

namespace JjjMatch.Console.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class SecurityTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_form_posted_without_its_csrf_token_is_refused_and_changes_nothing()
    {
        var university = TestAccounts.New(Roles.University, "河北工业大学");
        var market = new Market(browser.Host);
        var achievement = await market.PublishAsync(university, Market.Achievement("带钢表面缺陷机器视觉在线检测"));
        var demand = await market.OpenAsync(
            TestAccounts.New(Roles.Enterprise, "天津冷轧薄板有限公司"),
            Market.Demand("带钢表面缺陷在线检测需求")
        );
        var match = await market.PairAsync(university, achievement, demand);
        var page = await browser.NewPageAsync();
        await page.SignInAsDemoAsync("intermediary");

        // The browser's own session cookie goes along; only the form's token is missing.
        var response = await page.APIRequest.PostAsync(
            $"/console/pairs/{match}?handler=Claim",
            new APIRequestContextOptions { Form = page.APIRequest.CreateFormData() }
        );

        response.Status.ShouldBe(400);
        await page.GotoAsync($"/console/pairs/{match}");
        (await page.Locator(".status-badge").GetAttributeAsync("data-status")).ShouldBe("suggested");
    }

    [Fact]
    public async Task Console_pages_carry_a_content_security_policy_and_an_http_only_session_cookie()
    {
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync("/console/sign-in");

        var headers = await response!.AllHeadersAsync();
        headers["content-security-policy"].ShouldContain("script-src 'self'");
        headers["content-security-policy"].ShouldContain("frame-ancestors 'none'");
        headers["x-content-type-options"].ShouldBe("nosniff");
        await page.Locator("button[data-account=operator]").ClickAsync();
        var session = (await page.Context.CookiesAsync()).Single(c => c.Name == "jjjmatch-console");
        session.HttpOnly.ShouldBeTrue();
        session.SameSite.ShouldBe(SameSiteAttribute.Lax);
    }

    [Fact]
    public async Task Without_a_session_a_console_page_sends_the_browser_to_sign_in()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/console/stats");

        page.Url.ShouldContain("/console/sign-in");
    }
}
