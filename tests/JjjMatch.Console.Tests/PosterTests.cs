using System.Net.Http.Json;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JjjMatch.Console.Tests;

/// <summary>Universities and enterprises: their listings, applications and awards.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PosterTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_enterprise_awards_an_application_to_its_open_demand()
    {
        var market = new Market(browser.Host);
        var demand = await market.OpenAsync(TestAccounts.Enterprise, Market.Demand("高炉煤气余热回收揭榜挂帅"));
        var applicant = browser.Host.CreateClient(TestAccounts.New(Roles.University, "燕山大学"));
        (
            await applicant.PostAsJsonAsync($"/api/demands/{demand}/applications", DemandSamples.Application())
        ).EnsureSuccessStatusCode();
        var page = await browser.NewPageAsync();

        await page.SignInAsDemoAsync("enterprise");
        await page.GetByRole(AriaRole.Link, new() { Name = "高炉煤气余热回收揭榜挂帅" }).ClickAsync();
        var application = page.Locator("table.applications tbody tr").Filter(new() { HasText = "燕山大学" });
        await Expect(application.Locator(".status")).ToHaveTextAsync("已提交");
        await page.ScreenshotAsync("listing");
        await application.GetByRole(AriaRole.Button, new() { Name = "确定揭榜方" }).ClickAsync();

        await Expect(page.Locator(".notice")).ToContainTextAsync("已确定揭榜方");
        await Expect(page.Locator("h1 .status-badge")).ToHaveAttributeAsync("data-status", "awarded");
        await Expect(application.Locator(".status")).ToHaveTextAsync("已揭榜");
        (await application.GetByRole(AriaRole.Button).CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_title_written_as_a_script_shows_as_text_and_runs_nothing()
    {
        const string title = "<script>alert(1)</script>";
        await new Market(browser.Host).PublishAsync(TestAccounts.University, Market.Achievement(title));
        var page = await browser.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        await page.SignInAsDemoAsync("university");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true })).ToBeVisibleAsync();
        (await page.ContentAsync()).ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        await page.ScreenshotAsync("listings");
        await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(title);

        dialogs.ShouldBeEmpty();
    }
}
