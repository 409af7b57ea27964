using System.Net;
using System.Net.Http.Json;
using JjjMatch.Notifications.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Notifications.Tests.Api;

/// <summary>
/// Every new endpoint as an attacker would try it: each bad field named in a 400, the SSRF rule of production, other
/// organisations' resources 404, limits per organisation 409 naming the limit, and nothing stored on a rejection.
/// </summary>
public sealed class BadInputTests(StrictSqliteHost host) : IClassFixture<StrictSqliteHost>
{
    public static TheoryData<string, string> BadSearches =>
        new()
        {
            { """{"text":"缺陷检测","frequency":"immediate"}""", "name" },
            { """{"name":"n","text":"","frequency":"immediate"}""", "text" },
            { """{"name":"n","text":"  \"*:() OR ","frequency":"immediate"}""", "text" },
            { """{"name":"n","text":"缺陷","frequency":"hourly"}""", "frequency" },
            { """{"name":"n","text":"缺陷","frequency":"daily"}""", "digestHour" },
            { """{"name":"n","text":"缺陷","frequency":"daily","digestHour":24}""", "digestHour" },
            { """{"name":"n","text":"缺陷","frequency":"immediate","digestHour":8}""", "digestHour" },
            { """{"name":"n","text":"缺陷","frequency":"immediate","side":"demands"}""", "side" },
            { """{"name":"n","text":"缺陷","frequency":"immediate","industry":"魔法"}""", "industry" },
            { """{"name":"n","text":"缺陷","frequency":"immediate","province":"mars"}""", "province" },
            { """{"name":"n","text":"缺陷","frequency":"immediate","province":"hebei","city":"上海"}""", "city" },
            { """{"name":"n","text":"缺陷","frequency":"immediate","maturityMin":0}""", "maturityMin" },
            { """{"name":"n","text":"缺陷","frequency":"immediate","maturityMin":7,"maturityMax":3}""", "maturityMin" },
            { """{"name":"n","text":"缺陷","frequency":"immediate","maturity":5}""", "maturity" },
            { """{"name":"n","text":"缺陷","frequency":"immediate","priceMin":-1}""", "priceMin" },
            { """{"name":"n","text":"缺陷","frequency":"immediate","priceMin":9,"priceMax":1}""", "priceMin" },
            { """{"name":"n","text":"缺陷","frequency":"immediate","cooperationMode":"theft"}""", "cooperationMode" },
            { """{"name":"n","text":"缺陷","frequency":7}""", "frequency" },
        };

    public static TheoryData<string, string> BadWebhooks =>
        new()
        {
            { """{}""", "url" },
            { """{"url":"not a url"}""", "url" },
            { """{"url":"ftp://example.com/hook"}""", "url" },
            { """{"url":"http://example.com/hook"}""", "url" },
            { """{"url":"https://127.0.0.1/hook"}""", "url" },
            { """{"url":"https://localhost/hook"}""", "url" },
            { """{"url":"https://10.1.2.3/hook"}""", "url" },
            { """{"url":"https://192.168.0.10/hook"}""", "url" },
            { """{"url":"https://169.254.169.254/latest/meta-data"}""", "url" },
            { """{"url":"https://[::1]/hook"}""", "url" },
            { """{"url":"https://user:pw@example.com/hook"}""", "url" },
            { """{"url":"https://example.com/hook","types":["match.suggested","no.such.type"]}""", "types[1]" },
        };

    [Theory]
    [MemberData(nameof(BadSearches))]
    public async Task A_bad_saved_search_is_refused_naming_the_field_and_stores_nothing(string body, string field)
    {
        var enterprise = new MarketClient(host, MarketAccounts.Enterprise());
        var response = await enterprise.Http.PostAsync("/api/saved-searches", Json(body));
        await response.ShouldBeValidationProblemAsync(field);
        (
            await CountAsync(db =>
                db.SavedSearches.CountAsync(s => s.OrganisationId == enterprise.Account.OrganisationId)
            )
        ).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(BadWebhooks))]
    public async Task A_bad_webhook_is_refused_naming_the_field_and_stores_nothing(string body, string field)
    {
        var enterprise = new MarketClient(host, MarketAccounts.Enterprise());
        var response = await enterprise.Http.PostAsync("/api/webhooks", Json(body));
        await response.ShouldBeValidationProblemAsync(field);
        (
            await CountAsync(db =>
                db.WebhookEndpoints.CountAsync(e => e.OrganisationId == enterprise.Account.OrganisationId)
            )
        ).ShouldBe(0);
    }

    [Fact]
    public async Task A_broker_must_name_the_side_and_bad_queries_and_settings_are_400()
    {
        var broker = new MarketClient(host, MarketAccounts.Broker());
        await (
            await broker.Http.PostAsync(
                "/api/saved-searches",
                Json("""{"name":"n","text":"缺陷","frequency":"immediate"}""")
            )
        ).ShouldBeValidationProblemAsync("side");
        await (await broker.Http.GetAsync("/api/notifications?type=nope")).ShouldBeValidationProblemAsync("type");
        await (await broker.Http.GetAsync("/api/notifications?page=0")).ShouldBeValidationProblemAsync("page");
        await (
            await broker.Http.PutAsync("/api/notifications/settings", Json("""{"minimumScore":2}"""))
        ).ShouldBeValidationProblemAsync("minimumScore");
        await (
            await broker.Http.PutAsync("/api/notifications/settings", Json("""{"minimumScore":"high"}"""))
        ).ShouldBeValidationProblemAsync("minimumScore");
        (await broker.Http.GetAsync("/api/notifications/unread-count")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.CreateClient().GetAsync("/api/notifications")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (
            await host.CreateClient().PostAsync("/api/webhooks", Json("""{"url":"https://example.com/h"}"""))
        ).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Limits_per_organisation_answer_409_naming_the_limit_and_store_nothing_more()
    {
        var enterprise = new MarketClient(host, MarketAccounts.Enterprise());
        for (var i = 0; i < 3; i++)
        {
            await enterprise.PostAsync(
                "/api/saved-searches",
                new
                {
                    name = $"s{i}",
                    text = "缺陷检测",
                    frequency = "immediate",
                },
                HttpStatusCode.Created
            );
        }

        var refused = await enterprise.Http.PostAsJsonAsync(
            "/api/saved-searches",
            new
            {
                name = "s4",
                text = "缺陷检测",
                frequency = "immediate",
            }
        );
        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("maxSavedSearchesPerOrganisation is 3");

        for (var i = 0; i < 2; i++)
        {
            await enterprise.PostAsync(
                "/api/webhooks",
                new { url = $"https://example.com/hook{i}" },
                HttpStatusCode.Created
            );
        }

        var tooMany = await enterprise.Http.PostAsJsonAsync("/api/webhooks", new { url = "https://example.com/x" });
        await tooMany.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await tooMany.Content.ReadAsStringAsync()).ShouldContain("maxWebhooksPerOrganisation is 2");

        var mine = enterprise.Account.OrganisationId;
        (await CountAsync(db => db.SavedSearches.CountAsync(s => s.OrganisationId == mine))).ShouldBe(3);
        (await CountAsync(db => db.WebhookEndpoints.CountAsync(e => e.OrganisationId == mine))).ShouldBe(2);
    }

    [Fact]
    public async Task Another_organisations_webhook_and_its_deliveries_do_not_exist_for_the_caller()
    {
        var owner = new MarketClient(host, MarketAccounts.University());
        var created = await owner.PostAsync(
            "/api/webhooks",
            new { url = "https://example.com/h" },
            HttpStatusCode.Created
        );
        var id = MarketClient.Id(created);
        created.GetProperty("secret").GetString()!.ShouldStartWith("whsec_");
        (await owner.GetAsync($"/api/webhooks/{id}"))
            .GetProperty("secret")
            .ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        var other = new MarketClient(host, MarketAccounts.University());
        foreach (
            var request in new Func<Task<HttpResponseMessage>>[]
            {
                () => other.Http.GetAsync($"/api/webhooks/{id}"),
                () => other.Http.GetAsync($"/api/webhooks/{id}/deliveries"),
                () => other.Http.PostAsync($"/api/webhooks/{id}/ping", null),
                () => other.Http.PostAsync($"/api/webhooks/{id}/rotate-secret", null),
                () => other.Http.PostAsync($"/api/webhooks/{id}/enable", null),
                () => other.Http.PostAsync($"/api/webhooks/{id}/deliveries/{Guid.NewGuid()}/replay", null),
                () => other.Http.DeleteAsync($"/api/webhooks/{id}"),
            }
        )
        {
            await (await request()).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        (await other.GetAsync("/api/webhooks")).GetArrayLength().ShouldBe(0);
        (await owner.GetAsync($"/api/webhooks/{id}")).GetProperty("enabled").GetBoolean().ShouldBeTrue();
        await (await owner.Http.GetAsync($"/api/webhooks/{id}/deliveries?status=lost")).ShouldBeValidationProblemAsync(
            "status"
        );
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    private Task<int> CountAsync(Func<NotificationsDbContext, Task<int>> count) =>
        host.WithScopeAsync<NotificationsDbContext, int>(count);
}
