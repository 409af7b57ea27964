using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JjjMatch.Console.Tests;

/// <summary>What the tests do on the console's pages, as a person would: by labels, buttons and links.</summary>
public static partial class Pages
{
    public static async Task SignInAsDemoAsync(this IPage page, string account)
    {
        await page.GotoAsync("/console/sign-in");
        await page.Locator($"button[data-account={account}]").ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(SignInUrl());
    }

    public static async Task SignInWithTokenAsync(this IPage page, string token)
    {
        await page.GotoAsync("/console/sign-in");
        await page.GetByLabel("访问令牌").FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(SignInUrl());
    }

    public static Task ScreenshotAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        return page.ScreenshotAsync(
            new PageScreenshotOptions
            {
                Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png"),
                FullPage = true,
            }
        );
    }

    /// <summary>The contract value the operator's chart draws from Beijing to Hebei (0 without a flow).</summary>
    public static async Task<decimal> BeijingToHebeiAsync(this IPage page)
    {
        await page.GotoAsync("/console/stats");
        var flow = page.Locator("svg.flows g.flow[data-pair=beijing-hebei]");
        return await flow.CountAsync() == 0
            ? 0m
            : decimal.Parse((await flow.GetAttributeAsync("data-amount"))!, CultureInfo.InvariantCulture);
    }

    /// <summary>Reloads the page until <paramref name="locator"/> shows, as a person would; 20 s at most.</summary>
    /// <summary>Reloads until the page holds at least <paramref name="count"/> of the locator's elements.</summary>
    public static async Task ReloadUntilAsync(this IPage page, ILocator locator, int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await locator.CountAsync() < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(300);
            await page.ReloadAsync();
        }

        await Expect(locator.First).ToBeVisibleAsync();
    }

    [GeneratedRegex("/console/sign-in")]
    public static partial Regex SignInUrl();
}
