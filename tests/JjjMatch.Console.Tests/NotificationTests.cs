using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JjjMatch.Console.Tests;

/// <summary>The inbox page: every role reads its notifications, goes where it acts on them, marks them read.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class NotificationTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_university_finds_its_new_suggestion_in_the_inbox_and_marks_it_read()
    {
        var (achievement, demand, _, enterprise) = await PairAsync(
            "焊接机器人视觉引导系统（通知）",
            "白车身焊装线机器人改造需求（通知）"
        );
        var api = browser.Host.CreateClient(TestAccounts.University);
        var id = await NotificationAsync(api, "match.suggested", n => About(n, achievement, demand));
        var page = await browser.NewPageAsync();

        await page.SignInAsDemoAsync("university");
        await page.Locator("#notifications-link").ClickAsync();
        var unread = await page.Locator("#unread").GetAttributeAsync("data-unread") ?? "";
        int.Parse(unread, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        await Expect(page.Locator("#notifications-link .count")).ToHaveTextAsync(unread);
        var row = page.Locator($"tr[data-notification='{id}']");
        await Expect(row).ToHaveClassAsync("unread");
        await Expect(row.Locator(".type")).ToHaveTextAsync("新的匹配建议");
        await Expect(row).ToContainTextAsync("焊接机器人视觉引导系统（通知） · 白车身焊装线机器人改造需求（通知）");
        await Expect(row.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"/console/listings/{achievement}");
        await page.ScreenshotAsync("notifications");

        // Another organisation's notification, put into the row's own form (with its anti-forgery token): refused.
        var theirs = await NotificationAsync(enterprise, "match.suggested", n => About(n, achievement, demand));
        await row.Locator("form")
            .EvaluateAsync(
                "(form, id) => { form.action = form.action.replace(/id=[^&]+/, 'id=' + id); form.submit(); }",
                theirs.ToString()
            );
        await Expect(page.Locator(".error")).ToContainTextAsync("未找到");
        (await ReadAsync(enterprise, theirs)).ShouldBeFalse();
        await Expect(row).ToHaveClassAsync("unread");

        await row.GetByRole(AriaRole.Button, new() { Name = "标为已读" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync("已标为已读。");
        await Expect(row).ToHaveClassAsync("read");
        (await ReadAsync(api, id)).ShouldBeTrue();

        await page.GetByLabel("只看未读").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("unread=true"));
        await Expect(row).ToHaveCountAsync(0);
        if (await page.Locator("#read-all").CountAsync() > 0)
        {
            await page.Locator("#read-all").ClickAsync();
            await Expect(page.Locator(".notice")).ToContainTextAsync("条已标为已读");
        }

        await Expect(page.Locator("#unread")).ToHaveAttributeAsync("data-unread", "0");
        await Expect(page.Locator("#notifications-link .count")).ToHaveCountAsync(0);
        await Expect(page.Locator("table.notifications tbody tr")).ToHaveCountAsync(0);
        await Expect(page.GetByText("没有未读通知。")).ToBeVisibleAsync();
        (await UnreadAsync(api)).ShouldBe(0);
    }

    [Fact]
    public async Task A_broker_is_told_of_a_new_pair_and_goes_from_the_inbox_to_the_pair_in_English()
    {
        var (_, _, match, _) = await PairAsync("焊缝激光跟踪传感器（通知）", "焊缝自动跟踪技术揭榜（通知）");
        var page = await browser.NewPageAsync();

        await page.SignInAsDemoAsync("intermediary");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("#notifications-link")).ToContainTextAsync("Notifications");
        await page.Locator("#notifications-link").ClickAsync();
        var row = page.Locator($"tr[data-type='broker.pairSuggested']")
            .Filter(new() { HasText = "焊缝激光跟踪传感器（通知） · 焊缝自动跟踪技术揭榜（通知）" });
        await Expect(row.Locator(".type")).ToHaveTextAsync("New pair to review");
        await Expect(page.Locator("h1")).ToContainTextAsync("Notifications");
        await row.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/console/pairs/{match}$"));
        var api = browser.Host.CreateClient(TestAccounts.Intermediary);
        await NotificationAsync(api, "broker.pairSuggested", n => n.GetProperty("matchId").GetGuid() == match);
    }

    [Fact]
    public async Task Hostile_paging_and_a_post_without_its_form_token_change_nothing()
    {
        await PairAsync("焊接机器人离线编程软件（通知）", "焊接机器人离线编程需求（通知）");
        var api = browser.Host.CreateClient(TestAccounts.University);
        var before = await UnreadAsync(api);
        before.ShouldBeGreaterThan(0);
        var page = await browser.NewPageAsync();
        await page.SignInAsDemoAsync("university");

        foreach (var query in new[] { "p=2147483647", "p=-2147483648", "p=abc", "unread=%00", "p=1%0A2" })
        {
            var response = await page.GotoAsync("/console/notifications?" + query);
            response!.Status.ShouldBe(200, query);
            await Expect(page.Locator("h1")).ToContainTextAsync("通知");
        }

        // The browser's own session cookie goes along; only the form's token is missing.
        foreach (var handler in new[] { "ReadAll", "Read&id=" + Guid.NewGuid() })
        {
            var post = await page.APIRequest.PostAsync(
                "/console/notifications?handler=" + handler,
                new APIRequestContextOptions { Form = page.APIRequest.CreateFormData() }
            );
            post.Status.ShouldBe(400, handler);
        }

        (await UnreadAsync(api)).ShouldBeGreaterThanOrEqualTo(before);
    }

    [Fact]
    public async Task A_host_without_the_notifications_service_shows_its_pages_without_a_count()
    {
        await using var host = new ConsoleHost("achievements,demands,matching");
        var page = await browser.NewPageAsync(host: host);

        await page.SignInAsDemoAsync("intermediary");
        await page.GotoAsync("/console/queue");

        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Expect(page.Locator("#notifications-link .count")).ToHaveCountAsync(0);
        await page.Locator("#notifications-link").ClickAsync();
        await Expect(page.Locator(".error")).ToHaveTextAsync("本主机不提供通知服务。");
        await page.Context.CloseAsync();
    }

    // A topic of their own (welding robots), so that these pairs stay out of the steel pairs other tests of this host
    // page through in the review queue.
    private static JsonObject Achievement(string title) =>
        AchievementSamples
            .Valid(title)
            .With(a =>
            {
                a["summary"] = "焊接机器人视觉引导与焊缝激光跟踪，离线编程生成焊接路径，车身焊点定位误差小于0.2毫米。";
                a["keywords"] = new JsonArray("焊接机器人", "焊缝跟踪", "离线编程");
            });

    private static JsonObject Demand(string title) =>
        DemandSamples
            .Valid(DateTimeOffset.UtcNow.AddMonths(6), title, "装备制造")
            .With(d =>
            {
                d["problemDescription"] = "车身焊装线需要焊接机器人视觉引导和焊缝跟踪，减少人工示教，支持离线编程。";
                d["expectedOutcome"] = "焊点定位误差小于0.5毫米，换型示教时间缩短一半。";
            });

    private async Task<(Guid Achievement, Guid Demand, Guid Match, HttpClient Enterprise)> PairAsync(
        string achievementTitle,
        string demandTitle
    )
    {
        var market = new Market(browser.Host);
        var achievement = await market.PublishAsync(TestAccounts.University, Achievement(achievementTitle));
        var enterprise = TestAccounts.New(Roles.Enterprise, "保定汽车车身有限公司");
        var demand = await market.OpenAsync(enterprise, Demand(demandTitle));
        var match = await market.PairAsync(TestAccounts.University, achievement, demand);
        return (achievement, demand, match, browser.Host.CreateClient(enterprise));
    }

    /// <summary>The id of the organisation's notification of that type which <paramref name="about"/> picks.</summary>
    private static async Task<Guid> NotificationAsync(HttpClient api, string type, Func<JsonElement, bool> about)
    {
        var found = await Eventually.WaitForAsync(
            async () =>
                (await api.GetFromJsonAsync<JsonElement>($"/api/notifications?type={type}&pageSize=100"))
                    .GetProperty("items")
                    .EnumerateArray()
                    .FirstOrDefault(about),
            n => n.ValueKind == JsonValueKind.Object,
            TimeSpan.FromSeconds(30),
            $"a {type} notification"
        );
        return found.GetProperty("id").GetGuid();
    }

    private static bool About(JsonElement notification, Guid achievement, Guid demand) =>
        notification.GetProperty("achievementId").ToString() == achievement.ToString()
        && notification.GetProperty("demandId").ToString() == demand.ToString();

    private static async Task<int> UnreadAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<JsonElement>("/api/notifications/unread-count")).GetProperty("unread").GetInt32();

    private static async Task<bool> ReadAsync(HttpClient api, Guid id) =>
        (await api.GetFromJsonAsync<JsonElement>("/api/notifications?pageSize=100"))
            .GetProperty("items")
            .EnumerateArray()
            .Single(n => n.GetProperty("id").GetGuid() == id)
            .GetProperty("read")
            .GetBoolean();
}
