using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JjjMatch.Contracts.Shared;
using JjjMatch.Notifications.Features.Events;
using JjjMatch.Notifications.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Notifications.Tests.Api;

/// <summary>Saved searches over HTTP: their own CRUD, and firing once per listing version as listings change.</summary>
public abstract class SavedSearchApiTests(NotificationsHost host)
{
    [Fact]
    public async Task A_saved_search_fires_once_per_listing_version_on_the_side_its_role_searches()
    {
        var enterprise = new MarketClient(host, MarketAccounts.Enterprise());
        var university = new MarketClient(host, MarketAccounts.University());
        var search = MarketClient.Id(
            await enterprise.PostAsync(
                "/api/saved-searches",
                new
                {
                    name = "视觉检测成果",
                    text = "缺陷 视觉检测",
                    frequency = "immediate",
                    province = "Beijing", // names are read case-insensitively, echoed as the API spells them
                    maturityMin = 5,
                },
                HttpStatusCode.Created
            )
        );
        var created = await enterprise.GetAsync($"/api/saved-searches/{search}");
        created.GetProperty("side").GetString().ShouldBe("achievements");
        created.GetProperty("province").GetString().ShouldBe("beijing");

        var elsewhere = AchievementSamples
            .Valid("河北的缺陷视觉检测技术")
            .With(a => a["region"] = new JsonObject { ["province"] = "hebei", ["city"] = "保定" });
        await university.PublishedAchievementAsync(elsewhere);
        var achievement = await university.PublishedAchievementAsync(AchievementSamples.Valid("缺陷视觉检测新方法"));

        var hit = (await enterprise.WaitForAsync("savedSearch.hit")).Single();
        hit.GetProperty("achievementId").GetGuid().ShouldBe(achievement);
        hit.GetProperty("savedSearchId").GetGuid().ShouldBe(search);
        hit.GetProperty("data").GetProperty("listingTitle").GetString().ShouldBe("缺陷视觉检测新方法");

        // A change is a new version: it fires again, once.
        await university.PutAsync(
            $"/api/achievements/{achievement}",
            AchievementSamples.Valid("缺陷视觉检测新方法（第二版）")
        );
        var hits = await enterprise.WaitForAsync("savedSearch.hit", 2);
        hits.Count.ShouldBe(2);
        (await HitCountAsync(search)).ShouldBe(2);

        // A university's search looks at demands.
        var universitySearch = await university.PostAsync(
            "/api/saved-searches",
            new
            {
                name = "需求",
                text = "缺陷视觉检测",
                frequency = "immediate",
            },
            HttpStatusCode.Created
        );
        universitySearch.GetProperty("side").GetString().ShouldBe("demands");
        await enterprise.OpenedDemandAsync(MarketNotificationTests.MatchingDemand("缺陷视觉检测需求"));
        (await university.WaitForAsync("savedSearch.hit"))
            .Single()
            .GetProperty("data")
            .GetProperty("listingTitle")
            .GetString()
            .ShouldBe("缺陷视觉检测需求");
        (await enterprise.NotificationsAsync("type=savedSearch.hit")).GetProperty("total").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task A_daily_search_collects_its_hits_into_one_digest_at_its_Beijing_hour()
    {
        var enterprise = new MarketClient(host, MarketAccounts.Enterprise());
        var university = new MarketClient(host, MarketAccounts.University());
        var hour = (DateTime.UtcNow + BeijingTime.Offset).Hour;
        var search = MarketClient.Id(
            await enterprise.PostAsync(
                "/api/saved-searches",
                new
                {
                    name = "每日激光",
                    text = "激光熔覆",
                    frequency = "daily",
                    digestHour = hour,
                },
                HttpStatusCode.Created
            )
        );
        await university.PublishedAchievementAsync(AchievementSamples.Valid("激光熔覆再制造技术"));
        await university.PublishedAchievementAsync(AchievementSamples.Valid("高速激光熔覆涂层"));
        await Eventually.WaitForAsync(() => HitCountAsync(search), n => n == 2, TimeSpan.FromSeconds(30), "two hits");
        (await enterprise.NotificationsAsync()).GetProperty("total").GetInt32().ShouldBe(0);

        var worker = host.Services.GetRequiredService<ReminderWorker>();
        await worker.RunOnceAsync(CancellationToken.None);
        await worker.RunOnceAsync(CancellationToken.None);

        var digest = (await enterprise.WaitForAsync("savedSearch.digest")).Single();
        digest.GetProperty("data").GetProperty("count").GetInt32().ShouldBe(2);
        digest.GetProperty("data").GetProperty("listings").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Saved_searches_are_read_changed_and_deleted_by_their_organisation_only()
    {
        var broker = new MarketClient(host, MarketAccounts.Broker());
        var created = await broker.PostAsync(
            "/api/saved-searches",
            new
            {
                name = "河北需求",
                text = "余热回收",
                frequency = "immediate",
                side = "demands",
                maturity = 6,
                priceMin = 100000,
            },
            HttpStatusCode.Created
        );
        var id = MarketClient.Id(created);
        created.GetProperty("maturity").GetInt32().ShouldBe(6);

        var changed = await broker.PutAsync(
            $"/api/saved-searches/{id}",
            new
            {
                name = "河北需求（改）",
                text = "余热 回收 利用",
                frequency = "daily",
                digestHour = 8,
                side = "demands",
            }
        );
        changed.GetProperty("frequency").GetString().ShouldBe("daily");
        changed.GetProperty("version").GetInt32().ShouldBe(2);
        (await broker.GetAsync("/api/saved-searches")).GetProperty("items").GetArrayLength().ShouldBe(1);

        var other = new MarketClient(host, MarketAccounts.Broker());
        (await other.Http.GetAsync($"/api/saved-searches/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Http.DeleteAsync($"/api/saved-searches/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (
            await other.Http.PutAsJsonAsync(
                $"/api/saved-searches/{id}",
                new
                {
                    name = "x",
                    text = "余热",
                    frequency = "immediate",
                    side = "demands",
                }
            )
        ).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync("/api/saved-searches")).GetProperty("total").GetInt32().ShouldBe(0);

        (await broker.Http.DeleteAsync($"/api/saved-searches/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await broker.Http.GetAsync($"/api/saved-searches/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await broker.GetAsync("/api/saved-searches")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    private Task<int> HitCountAsync(Guid search) =>
        host.WithScopeAsync<NotificationsDbContext, int>(db =>
            db.SavedSearchHits.CountAsync(h => h.SavedSearchId == search)
        );
}

public sealed class SavedSearchApiOnSqlite(SqliteHost host) : SavedSearchApiTests(host), IClassFixture<SqliteHost>;

public sealed class SavedSearchApiOnPostgreSql(PostgreSqlHost host)
    : SavedSearchApiTests(host),
        IClassFixture<PostgreSqlHost>;
