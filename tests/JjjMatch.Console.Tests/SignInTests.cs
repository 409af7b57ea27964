using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JjjMatch.Console.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class SignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_broker_picks_the_demo_account_by_keyboard_and_lands_on_the_review_queue()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/console");
        await Expect(page).ToHaveURLAsync(Pages.SignInUrl());
        await page.ScreenshotAsync("sign-in");
        await page.Locator("button[data-account=intermediary]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/queue"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("审核队列");
    }

    [Fact]
    public async Task A_pasted_token_that_is_not_valid_is_refused()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/console/sign-in");
        await page.GetByLabel("访问令牌").FillAsync("not-a-token");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();

        await Expect(page.Locator(".error")).ToContainTextAsync("令牌无效");
        (await page.Context.CookiesAsync()).ShouldNotContain(c => c.Name == "jjjmatch-console");
    }

    [Fact]
    public async Task The_console_speaks_english_when_asked_and_fits_a_phone()
    {
        var page = await browser.NewPageAsync(width: 390, height: 844);
        await page.SignInAsDemoAsync("operator");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Platform statistics");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("en");
        foreach (var path in new[] { "/console/stats", "/console/queue", "/console/deals", "/console/notifications" })
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<int>(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            );
            overflow.ShouldBeLessThanOrEqualTo(0, path);
        }

        await page.GotoAsync("/console/stats");
        await page.ScreenshotAsync("stats-phone-en");
    }
}
