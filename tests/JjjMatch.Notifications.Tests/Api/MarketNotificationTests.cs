using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using JjjMatch.Notifications.Features.Events;
using JjjMatch.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Notifications.Tests.Api;

/// <summary>
/// The whole market in one host: listings, the matcher and its brokers produce events, and the organisations they
/// concern hear of them in their inbox, with nothing they may not see through the API.
/// </summary>
public abstract class MarketNotificationTests(NotificationsHost host)
{
    public const string HiddenName = "保密的钢铁企业有限公司";
    public const string DemandEmail = "hidden.buyer@example.com.cn";
    public const string DemandPhone = "13700001111";

    public static JsonObject MatchingDemand(string title = "钢板表面缺陷视觉检测技术需求", double days = 30) =>
        DemandSamples
            .Valid(DateTimeOffset.UtcNow.AddDays(days), title, "电子信息-人工智能")
            .With(d =>
            {
                d["problemDescription"] =
                    "我公司钢板表面缺陷检测依靠人工，急需基于深度学习与机器视觉的缺陷检测技术，检测准确率达到99%。";
                d["expectedOutcome"] = "实现钢板表面缺陷自动视觉检测。";
                d["bounty"] = new JsonObject { ["min"] = 500000, ["max"] = 1000000 };
                d["cooperationModes"] = new JsonArray("assignment", "jointDevelopment");
                d["anonymous"] = true;
                d["enterpriseName"] = HiddenName;
                d["contact"] = new JsonObject
                {
                    ["name"] = "王保密",
                    ["phone"] = DemandPhone,
                    ["email"] = DemandEmail,
                };
            });

    [Fact]
    public async Task Suggestion_claim_introduction_applications_and_award_reach_the_organisations_concerned()
    {
        var enterprise = new MarketClient(host, MarketAccounts.Enterprise());
        var university = new MarketClient(host, MarketAccounts.University());
        var broker = new MarketClient(host, MarketAccounts.Broker());
        var bystander = new MarketClient(host, MarketAccounts.University("旁观大学"));
        foreach (var client in new[] { enterprise, university, bystander })
        {
            (await client.NotificationsAsync()).GetProperty("total").GetInt32().ShouldBe(0);
        }

        // A broker's first call records its coverage (and tells it of the open pairs of the other tests here).
        await broker.NotificationsAsync();

        var demand = await enterprise.OpenedDemandAsync(MatchingDemand());
        var achievement = await university.PublishedAchievementAsync(AchievementSamples.Valid());

        // Listings of the other tests in this host may pair with these too: this pair's notification is the one.
        // A pair withdrawn and suggested again (the other tests' listings change its ranking) is told again.
        var suggested = (await university.WaitForAsync("match.suggested")).First(n => Concerns(n, demand, achievement));
        suggested
            .GetProperty("data")
            .GetProperty("otherListingTitle")
            .GetString()
            .ShouldBe("钢板表面缺陷视觉检测技术需求");
        var match = suggested.GetProperty("matchId").GetGuid();
        (await enterprise.WaitForAsync("match.suggested"))
            .Where(n => Concerns(n, demand, achievement))
            .Select(n => n.GetProperty("matchId").GetGuid())
            .Distinct()
            .ShouldBe([match]);
        (await broker.WaitForAsync("broker.pairSuggested")).ShouldContain(n =>
            n.GetProperty("matchId").GetGuid() == match
        );

        var claimed = await broker.PostAsync($"/api/matches/{match}/claim", null, HttpStatusCode.OK);
        claimed.GetProperty("status").GetString().ShouldBe("claimed");
        await university.WaitForAsync("match.claimed");
        await enterprise.WaitForAsync("match.claimed");
        await broker.PostAsync($"/api/matches/{match}/accept", null, HttpStatusCode.OK);
        var accepted = (await university.WaitForAsync("match.accepted")).Single();
        accepted.GetProperty("data").GetProperty("details").GetProperty("contactVisible").GetBoolean().ShouldBeTrue();
        await enterprise.WaitForAsync("match.accepted");

        var application = MarketClient.Id(
            await university.PostAsync(
                $"/api/demands/{demand}/applications",
                DemandSamples.Application(),
                HttpStatusCode.Created
            )
        );
        var applied = (await enterprise.WaitForAsync("application.submitted")).Single();
        applied.GetProperty("applicationId").GetGuid().ShouldBe(application);
        await enterprise.PostAsync($"/api/demands/{demand}/applications/{application}/award", null, HttpStatusCode.OK);
        (await university.WaitForAsync("application.awarded"))
            .Single()
            .GetProperty("demandId")
            .GetGuid()
            .ShouldBe(demand);

        (await bystander.NotificationsAsync()).GetProperty("total").GetInt32().ShouldBe(0);
        foreach (var client in new[] { enterprise, university, broker })
        {
            var raw = await client.Http.GetStringAsync("/api/notifications?pageSize=100");
            raw.ShouldNotContain(HiddenName);
            raw.ShouldNotContain(DemandEmail);
            raw.ShouldNotContain(DemandPhone);
            raw.ShouldNotContain(AchievementSamples.ContactEmail);
            raw.ShouldNotContain(AchievementSamples.ContactPhone);
        }
    }

    [Fact]
    public async Task A_broker_that_never_called_finds_the_open_pairs_it_covers_and_no_others()
    {
        var enterprise = new MarketClient(host, MarketAccounts.Enterprise());
        var university = new MarketClient(host, MarketAccounts.University());
        var demand = await enterprise.OpenedDemandAsync(MatchingDemand("带钢表面缺陷在线视觉检测需求"));
        var achievement = await university.PublishedAchievementAsync(AchievementSamples.Valid("带钢缺陷视觉检测装置"));
        var match = (await university.WaitForAsync("match.suggested"))
            .First(n => Concerns(n, demand, achievement))
            .GetProperty("matchId")
            .GetGuid();

        // Neither broker organisation has called this service before the pair was suggested.
        var covering = new MarketClient(host, MarketAccounts.Broker(["beijing"], ["电子信息"]));
        var elsewhere = new MarketClient(host, MarketAccounts.Broker(["tianjin"], []));
        var otherIndustry = new MarketClient(host, MarketAccounts.Broker([], ["生物医药"]));

        var told = (await covering.WaitForAsync("broker.pairSuggested")).Where(n =>
            n.GetProperty("matchId").GetGuid() == match
        );
        told.Single()
            .GetProperty("data")
            .GetProperty("demandTitle")
            .GetString()
            .ShouldBe("带钢表面缺陷在线视觉检测需求");
        foreach (var broker in new[] { elsewhere, otherIndustry })
        {
            var pairs = await broker.NotificationsAsync("type=broker.pairSuggested");
            pairs
                .GetProperty("items")
                .EnumerateArray()
                .ShouldNotContain(n => n.GetProperty("matchId").GetGuid() == match);
        }

        // A pair that no longer waits for a broker is not told to one seen after it closed.
        await covering.PostAsync($"/api/matches/{match}/claim", null, HttpStatusCode.OK);
        await covering.PostAsync($"/api/matches/{match}/accept", null, HttpStatusCode.OK);
        await university.WaitForAsync("match.accepted");
        var late = new MarketClient(host, MarketAccounts.Broker(["beijing"], ["电子信息"]));
        var lateItems = await late.NotificationsAsync("type=broker.pairSuggested");
        lateItems
            .GetProperty("items")
            .EnumerateArray()
            .ShouldNotContain(n => n.GetProperty("matchId").GetGuid() == match);
    }

    [Fact]
    public async Task A_pair_rescored_across_a_posters_threshold_or_well_above_the_score_told_is_notified()
    {
        var enterprise = new MarketClient(host, MarketAccounts.Enterprise());
        var university = new MarketClient(host, MarketAccounts.University());
        await enterprise.PutAsync("/api/notifications/settings", new { minimumScore = 1.0 });
        var demand = await enterprise.OpenedDemandAsync(
            DemandSamples
                .Valid(DateTimeOffset.UtcNow.AddDays(30), "印染废水膜生物反应器深度处理技术需求", "节能环保-水处理")
                .With(d =>
                {
                    d["problemDescription"] =
                        "我公司印染废水化学需氧量高、色度大，生化处理出水不达标，急需膜生物反应器深度处理与膜污染控制技术。";
                    d["expectedOutcome"] = "印染废水出水稳定达标，膜污染清洗周期延长一倍。";
                })
        );
        var weak = AchievementSamples
            .Valid("印染废水生化处理工艺", "节能环保-水处理")
            .With(a =>
            {
                a["summary"] = "本成果提供一种印染废水生化处理工艺，降低化学需氧量。";
                a["keywords"] = new JsonArray("废水处理");
                a["technologyField"] = "水处理";
            });
        var achievement = await university.PublishedAchievementAsync(weak);
        var suggested = (await university.WaitForAsync("match.suggested")).First(n => Concerns(n, demand, achievement));
        var first = suggested.GetProperty("data").GetProperty("score").GetDouble();
        // The enterprise, not told of the weak pair, now wants pairs scoring a little more than it does.
        await enterprise.PutAsync("/api/notifications/settings", new { minimumScore = first + 0.05 });

        await university.PutAsync(
            $"/api/achievements/{achievement}",
            weak.With(a =>
            {
                a["title"] = "印染废水膜生物反应器深度处理与膜污染控制技术";
                a["summary"] =
                    "本成果针对印染废水化学需氧量高、色度大、生化出水不达标的难题，研发膜生物反应器深度处理工艺与膜污染控制技术，出水稳定达标。";
                a["keywords"] = new JsonArray("印染废水", "膜生物反应器", "膜污染控制", "深度处理");
            })
        );

        // The university was told of it at the first score: the new one is well above it.
        var rescored = (await university.WaitForAsync("match.rescored")).Single(n => Concerns(n, demand, achievement));
        var data = rescored.GetProperty("data");
        data.GetProperty("previousScore").GetDouble().ShouldBe(first);
        data.GetProperty("score").GetDouble().ShouldBeGreaterThanOrEqualTo(first + 0.1);
        rescored.GetProperty("matchId").GetGuid().ShouldBe(suggested.GetProperty("matchId").GetGuid());
        // The enterprise was not told of the weak pair; the stronger one crossed its threshold.
        (await enterprise.NotificationsAsync("type=match.suggested")).GetProperty("total").GetInt32().ShouldBe(0);
        var crossed = (await enterprise.WaitForAsync("match.rescored")).Single(n => Concerns(n, demand, achievement));
        crossed.GetProperty("data").GetProperty("score").GetDouble().ShouldBe(data.GetProperty("score").GetDouble());
        crossed.GetProperty("data").GetProperty("previousScore").GetDouble().ShouldBe(first);
    }

    private static bool Concerns(JsonElement notification, Guid demand, Guid achievement) =>
        notification.GetProperty("demandId").GetGuid() == demand
        && notification.GetProperty("achievementId").GetGuid() == achievement;

    [Fact]
    public async Task A_suggestion_below_the_organisations_own_threshold_is_not_notified()
    {
        var enterprise = new MarketClient(host, MarketAccounts.Enterprise());
        var university = new MarketClient(host, MarketAccounts.University());
        await enterprise.PutAsync("/api/notifications/settings", new { minimumScore = 1.0 });
        (await enterprise.GetAsync("/api/notifications/settings"))
            .GetProperty("minimumScore")
            .GetDouble()
            .ShouldBe(1.0);

        await enterprise.OpenedDemandAsync(MatchingDemand("轧钢表面缺陷机器视觉检测需求"));
        await university.PublishedAchievementAsync(AchievementSamples.Valid("钢板缺陷深度学习视觉检测系统"));

        await university.WaitForAsync("match.suggested");
        (await enterprise.NotificationsAsync("type=match.suggested")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Inbox_pages_newest_first_filters_unread_and_marks_read()
    {
        var enterprise = new MarketClient(host, MarketAccounts.Enterprise());
        await enterprise.NotificationsAsync();
        for (var i = 0; i < 3; i++)
        {
            // Nothing else in this host pairs with these, so reminders are all this inbox gets.
            await enterprise.OpenedDemandAsync(
                DemandSamples.Valid(DateTimeOffset.UtcNow.AddDays(1 + (i * 0.1)), $"即将截止的余热回收需求{i}")
            );
        }

        // The worker reminds from the service's copies, which the demands' events fill in shortly.
        var reminded = await Eventually.WaitForAsync(
            async () =>
            {
                await host.Services.GetRequiredService<ReminderWorker>().RunOnceAsync(CancellationToken.None);
                return await enterprise.NotificationsAsync("type=demand.deadlineSoon");
            },
            page => page.GetProperty("total").GetInt32() >= 3,
            TimeSpan.FromSeconds(30),
            "three deadline reminders"
        );
        var reminders = reminded.GetProperty("items").EnumerateArray().ToList();
        reminders.Count.ShouldBe(3);
        var times = reminders.Select(r => r.GetProperty("createdAt").GetDateTime()).ToList();
        times.ShouldBe(times.OrderByDescending(t => t).ToList());

        var first = await enterprise.GetAsync("/api/notifications?type=demand.deadlineSoon&pageSize=2&page=1");
        first.GetProperty("items").GetArrayLength().ShouldBe(2);
        first.GetProperty("total").GetInt32().ShouldBe(3);
        first.GetProperty("unread").GetInt32().ShouldBe(3);
        var one = first.GetProperty("items")[0].GetProperty("id").GetGuid();
        (await enterprise.PostAsync($"/api/notifications/{one}/read", null, HttpStatusCode.OK))
            .GetProperty("read")
            .GetBoolean()
            .ShouldBeTrue();
        (await enterprise.GetAsync("/api/notifications/unread-count")).GetProperty("unread").GetInt32().ShouldBe(2);
        var unread = await enterprise.NotificationsAsync("unread=true");
        unread.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldNotContain(one);

        // Someone else's notification does not exist for them.
        var other = new MarketClient(host, MarketAccounts.Enterprise("别家企业"));
        (await other.Http.PostAsync($"/api/notifications/{one}/read", null)).StatusCode.ShouldBe(
            HttpStatusCode.NotFound
        );

        (await enterprise.PostAsync("/api/notifications/read-all", null, HttpStatusCode.OK))
            .GetProperty("marked")
            .GetInt32()
            .ShouldBe(2);
        (await enterprise.GetAsync("/api/notifications/unread-count")).GetProperty("unread").GetInt32().ShouldBe(0);

        // A second round reminds no one twice.
        await host.Services.GetRequiredService<ReminderWorker>().RunOnceAsync(CancellationToken.None);
        (await enterprise.NotificationsAsync("type=demand.deadlineSoon")).GetProperty("total").GetInt32().ShouldBe(3);
    }
}

public sealed class MarketNotificationsOnSqlite(SqliteHost host)
    : MarketNotificationTests(host),
        IClassFixture<SqliteHost>;

public sealed class MarketNotificationsOnPostgreSql(PostgreSqlHost host)
    : MarketNotificationTests(host),
        IClassFixture<PostgreSqlHost>;
