using static Microsoft.Playwright.Assertions;

namespace JjjMatch.Console.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class SignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_broker_picks_the_demo_account_and_lands_on_the_review_queue()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/console");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/sign-in"));
        await page.Locator("button[data-account=intermediary]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/queue"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("审核队列");
    }
}
