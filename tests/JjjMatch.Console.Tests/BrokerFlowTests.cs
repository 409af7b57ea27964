using System.Text;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JjjMatch.Console.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class BrokerFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_broker_reviews_a_pair_to_a_deal_and_the_operator_sees_its_value()
    {
        var university = TestAccounts.New(Roles.University, "北京理工大学");
        var enterprise = TestAccounts.New(Roles.Enterprise, "唐山冷轧板材有限公司");
        var market = new Market(browser.Host);
        var achievement = await market.PublishAsync(university, Market.Achievement("冷轧钢板表面缺陷视觉检测系统"));
        var demand = await market.OpenAsync(enterprise, Market.Demand("寻求冷轧钢板表面缺陷在线检测技术"));
        var match = await market.PairAsync(university, achievement, demand);
        var operatorPage = await browser.NewPageAsync();
        await operatorPage.SignInAsDemoAsync("operator");
        var before = await operatorPage.BeijingToHebeiAsync();

        // The broker filters the queue and opens the pair.
        var page = await browser.NewPageAsync();
        await page.SignInAsDemoAsync("intermediary");
        await page.GetByLabel("地区").SelectOptionAsync("hebei");
        await page.GetByLabel("行业").SelectOptionAsync("钢铁");
        await page.GetByLabel("最低分").FillAsync("0.05");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("region=hebei.*minScore=0.05"));
        var row = page.Locator($"tr[data-match='{match}']");
        await Expect(row).ToBeVisibleAsync();
        await page.ScreenshotAsync("queue");
        await row.GetByRole(AriaRole.Link).ClickAsync();

        // Factor bars, and the matched words marked in both texts.
        await Expect(page.Locator("h1")).ToContainTextAsync("匹配详情");
        (await page.Locator("svg.factors g.bar").CountAsync()).ShouldBeGreaterThanOrEqualTo(3);
        var terms = await page.Locator(".term").AllInnerTextsAsync();
        terms.ShouldNotBeEmpty();
        var achievementMarks = await page.Locator("[data-side=achievement] mark").AllInnerTextsAsync();
        var demandMarks = await page.Locator("[data-side=demand] mark").AllInnerTextsAsync();
        achievementMarks.ShouldNotBeEmpty();
        demandMarks.ShouldNotBeEmpty();
        foreach (var word in achievementMarks.Concat(demandMarks))
        {
            terms.ShouldContain(t => word.Contains(t, StringComparison.OrdinalIgnoreCase), $"marked word {word}");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();
        await Expect(page.Locator(".status-badge")).ToHaveAttributeAsync("data-status", "claimed");
        await page.ScreenshotAsync("pair");

        // A second broker sees the pair as claimed and cannot take it.
        var other = await browser.NewPageAsync();
        await other.SignInWithTokenAsync(
            browser.Host.TokenFor(TestAccounts.New(Roles.Intermediary, "天津技术经纪公司"))
        );
        await other.GotoAsync("/console/queue?status=claimed");
        await Expect(other.Locator($"tr[data-match='{match}'] .status")).ToContainTextAsync("已认领");
        await other.GotoAsync($"/console/pairs/{match}");
        await Expect(other.Locator(".claimed-by-other")).ToBeVisibleAsync();
        (await other.GetByRole(AriaRole.Button, new() { Name = "认领" }).CountAsync()).ShouldBe(0);

        // Accept, then record the contract.
        await page.GetByRole(AriaRole.Button, new() { Name = "撮合成功（引荐）" }).ClickAsync();
        await Expect(page.Locator(".status-badge")).ToHaveAttributeAsync("data-status", "accepted");
        // The introduction reaches each listing service through the bus on its own: each side's contact appears a
        // moment later, not necessarily together.
        await page.ReloadUntilAsync(page.Locator(".side .contact"), count: 2);
        await Expect(page.Locator(".side .contact")).ToHaveCountAsync(2);
        await page.GetByLabel("合同类型").SelectOptionAsync("licence");
        await page.GetByLabel("合同金额（元）").FillAsync("1234567.80");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记成交" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/deals"));
        await Expect(page.Locator(".notice")).ToContainTextAsync("成交已登记");
        var deal = page.Locator("table.deals tbody tr").Filter(new() { HasText = "冷轧钢板表面缺陷视觉检测系统" });
        await Expect(deal).ToContainTextAsync("1,234,567.8");
        await page.ScreenshotAsync("deals");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "导出 CSV（技术合同认定登记）" }).ClickAsync()
        );
        download.SuggestedFilename.ShouldEndWith(".csv");
        var csv = await File.ReadAllBytesAsync((await download.PathAsync())!);
        csv.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var text = Encoding.UTF8.GetString(csv);
        text.ShouldContain("合同编号 / Contract number");
        text.ShouldContain("1234567.80");
        text.ShouldContain(match.ToString());

        (await operatorPage.BeijingToHebeiAsync()).ShouldBe(before + 1234567.80m);
        await operatorPage.ScreenshotAsync("stats");

        // The university now sees the introduction, with the enterprise's contact.
        var seller = await browser.NewPageAsync();
        await seller.SignInWithTokenAsync(browser.Host.TokenFor(university));
        await seller.GotoAsync($"/console/listings/{achievement}");
        var introduction = seller.Locator($".introduction[data-match='{match}']");
        await Expect(introduction.Locator(".contact")).ToContainTextAsync(DemandSamples.ContactName);
        await Expect(introduction).ToContainTextAsync(DemandSamples.EnterpriseName);
    }

    [Fact]
    public async Task A_broker_releases_a_claim_then_rejects_the_pair_with_a_reason_and_a_note()
    {
        var university = TestAccounts.New(Roles.University, "天津大学");
        var market = new Market(browser.Host);
        var achievement = await market.PublishAsync(university, Market.Achievement("热轧钢卷表面缺陷视觉检测装置"));
        var demand = await market.OpenAsync(
            TestAccounts.New(Roles.Enterprise, "邯郸钢铁有限公司"),
            Market.Demand("热轧钢卷表面缺陷检测需求")
        );
        var match = await market.PairAsync(university, achievement, demand);
        var page = await browser.NewPageAsync();
        await page.SignInAsDemoAsync("intermediary");
        await page.GotoAsync($"/console/pairs/{match}");

        await page.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "释放" }).ClickAsync();
        await Expect(page.Locator(".status-badge")).ToHaveAttributeAsync("data-status", "suggested");
        await page.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();
        await page.GetByLabel("驳回理由").SelectOptionAsync("other");
        await page.GetByLabel("说明").FillAsync("企业已有同类产线方案");
        await page.GetByRole(AriaRole.Button, new() { Name = "驳回" }).ClickAsync();

        await Expect(page.Locator(".status-badge")).ToHaveAttributeAsync("data-status", "rejected");
        var steps = page.Locator("ol.history li");
        await Expect(steps).ToHaveCountAsync(4);
        (await steps.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.action)")).ShouldBe([
            "claim",
            "release",
            "claim",
            "reject",
        ]);
        await Expect(steps.Last).ToContainTextAsync("企业已有同类产线方案");
    }
}
