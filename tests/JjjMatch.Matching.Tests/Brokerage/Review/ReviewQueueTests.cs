using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Tests.Brokerage.Review;

/// <summary>
/// The broker's queue: coverage from the token, the filters, order, paging, what an item shows, and bad filters.
/// </summary>
public abstract class ReviewQueueTests(ReviewHost host)
{
    private readonly ReviewPairs pairs = new(host);

    [Fact]
    public async Task A_broker_sees_the_pairs_of_its_regions_and_industries_and_a_broker_without_claims_sees_all()
    {
        var steel = await pairs.SuggestedAsync("beijing", "hebei", "电子信息-人工智能");
        var far = await pairs.SuggestedAsync("other", "other", "生物医药-医疗器械");

        var demo = await QueueAsync(TestAccounts.Intermediary);
        demo.ShouldContain(steel.Match);
        demo.ShouldNotContain(far.Match);

        var medical = await QueueAsync(ReviewPairs.Broker(["other"], ["生物医药"]));
        medical.ShouldContain(far.Match);
        medical.ShouldNotContain(steel.Match);

        // Either side in the region is enough, but the industry must fit too.
        var hebeiOnly = await QueueAsync(ReviewPairs.Broker(["hebei"], ["电子信息"]));
        hebeiOnly.ShouldContain(steel.Match);
        (await QueueAsync(ReviewPairs.Broker(["hebei"], ["钢铁"]))).ShouldNotContain(steel.Match);
        (await QueueAsync(ReviewPairs.Broker(["tianjin"], ["电子信息"]))).ShouldNotContain(steel.Match);

        foreach (var everyone in new[] { ReviewPairs.Broker(), TestAccounts.Operator })
        {
            var all = await QueueAsync(everyone);
            all.ShouldContain(steel.Match);
            all.ShouldContain(far.Match);
        }
    }

    [Fact]
    public async Task Filters_narrow_the_queue_and_it_is_sorted_by_score()
    {
        var near = await pairs.SuggestedAsync("beijing", "hebei", "电子信息-人工智能");
        var far = await pairs.SuggestedAsync("other", "other", "生物医药-医疗器械");
        var broker = ReviewPairs.Broker();

        (await QueueAsync(broker, "region=other")).ShouldContain(far.Match);
        (await QueueAsync(broker, "region=other")).ShouldNotContain(near.Match);
        (await QueueAsync(broker, "region=Beijing")).ShouldContain(near.Match);
        (await QueueAsync(broker, "industry=生物医药")).ShouldContain(far.Match);
        (await QueueAsync(broker, "industry=生物医药")).ShouldNotContain(near.Match);
        (await QueueAsync(broker, "industry=电子信息-人工智能")).ShouldContain(near.Match);
        (await QueueAsync(broker, "maxAgeDays=1")).ShouldContain(near.Match);
        (
            await QueueAsync(
                broker,
                $"suggestedAfter={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"))}"
            )
        ).ShouldBeEmpty();
        (
            await QueueAsync(
                broker,
                $"suggestedBefore={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))}"
            )
        ).ShouldNotContain(near.Match);

        var score = (await pairs.MatchAsync(near.Match)).GetProperty("score").GetDouble();
        (await QueueAsync(broker, $"minScore={score:0.0000}")).ShouldContain(near.Match);
        (await QueueAsync(broker, $"minScore={Math.Min(1, score + 0.0001):0.0000}")).ShouldNotContain(near.Match);

        var page = await PageAsync(broker, "pageSize=100");
        var scores = page.GetProperty("items")
            .EnumerateArray()
            .Select(i => i.GetProperty("score").GetDouble())
            .ToList();
        scores.ShouldBe(scores.OrderByDescending(s => s).ToList());
        var first = await PageAsync(broker, "pageSize=1");
        first.GetProperty("items").GetArrayLength().ShouldBe(1);
        first.GetProperty("total").GetInt32().ShouldBe(page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Claimed_pairs_leave_the_default_queue_and_show_under_claimed_and_mine()
    {
        var pair = await pairs.SuggestedAsync();
        var me = ReviewPairs.Broker();
        var other = ReviewPairs.Broker();
        (await ReviewPairs.StepAsync(pairs.As(me), pair.Match, "claim")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await QueueAsync(me)).ShouldNotContain(pair.Match);
        (await QueueAsync(me, "status=claimed")).ShouldContain(pair.Match);
        (await QueueAsync(me, "status=mine")).ShouldContain(pair.Match);
        (await QueueAsync(other, "status=mine")).ShouldNotContain(pair.Match);
        (await QueueAsync(other, "status=pending")).ShouldContain(pair.Match);
        var item = (await PageAsync(me, "status=mine&pageSize=100"))
            .GetProperty("items")
            .EnumerateArray()
            .Single(i => i.GetProperty("id").GetGuid() == pair.Match);
        item.GetProperty("claimedByMe").GetBoolean().ShouldBeTrue();
        item.GetProperty("status").GetString().ShouldBe("claimed");
    }

    [Fact]
    public async Task An_item_shows_both_sides_but_no_contact_and_no_anonymous_name()
    {
        var secret = "保密企业" + Guid.NewGuid().ToString("N")[..6];
        var pair = await pairs.SuggestedAsync(demand: b =>
        {
            b["anonymous"] = true;
            b["enterpriseName"] = secret;
        });

        var response = await pairs.As(TestAccounts.Intermediary).GetAsync("/api/review/queue?pageSize=100");
        var raw = await response.Content.ReadAsStringAsync();
        var item = JsonDocument
            .Parse(raw)
            .RootElement.GetProperty("items")
            .EnumerateArray()
            .Single(i => i.GetProperty("id").GetGuid() == pair.Match);

        item.GetProperty("achievement").GetProperty("title").GetString()!.ShouldStartWith("钢板表面缺陷视觉检测系统");
        item.GetProperty("achievement").GetProperty("organisation").GetString().ShouldBe("北京理工大学");
        item.GetProperty("demand").GetProperty("industry").GetString().ShouldBe("电子信息-人工智能");
        item.GetProperty("demand").GetProperty("region").GetProperty("province").GetString().ShouldBe("hebei");
        item.GetProperty("demand").GetProperty("organisation").ValueKind.ShouldBe(JsonValueKind.Null);
        item.GetProperty("ageDays").GetDouble().ShouldBeLessThan(1);
        foreach (
            var hidden in new[]
            {
                secret,
                AchievementSamples.ContactName,
                AchievementSamples.ContactPhone,
                DemandSamples.ContactName,
                DemandSamples.ContactEmail,
            }
        )
        {
            raw.ShouldNotContain(hidden);
        }
    }

    [Theory]
    [InlineData("status=done", "status")]
    [InlineData("region=mars", "region")]
    [InlineData("region=1", "region")]
    [InlineData("industry=火星采矿", "industry")]
    [InlineData("minScore=1.5", "minScore")]
    [InlineData("minScore=-0.1", "minScore")]
    [InlineData("maxAgeDays=0", "maxAgeDays")]
    [InlineData("suggestedAfter=2027-02-01T00:00:00Z&suggestedBefore=2027-01-01T00:00:00Z", "suggestedAfter")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    public async Task Bad_filters_are_a_400_naming_the_field(string query, string field)
    {
        var response = await pairs.As(TestAccounts.Intermediary).GetAsync($"/api/review/queue?{query}");

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Theory]
    [InlineData("minScore=high", "MinScore")]
    [InlineData("maxAgeDays=week", "MaxAgeDays")]
    [InlineData("suggestedAfter=yesterday", "SuggestedAfter")]
    public async Task A_filter_of_the_wrong_type_is_a_400_not_a_500(string query, string name)
    {
        var response = await pairs.As(TestAccounts.Intermediary).GetAsync($"/api/review/queue?{query}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(name);
    }

    [Fact]
    public async Task Reading_the_queue_changes_nothing()
    {
        await pairs.SuggestedAsync();
        var before = await host.WithScopeAsync<MatchingDbContext, int>(db => db.MatchDecisions.CountAsync());

        await QueueAsync(TestAccounts.Intermediary, "status=pending");

        (await host.WithScopeAsync<MatchingDbContext, int>(db => db.MatchDecisions.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_workbench()
    {
        var openApi = await host.CreateClient().GetStringAsync("/swagger/v1/swagger.json");

        foreach (
            var path in new[]
            {
                "/api/review/queue",
                "/api/matches/{id}/claim",
                "/api/matches/{id}/reject",
                "/api/matches/{id}/history",
                "/api/matches/feedback",
            }
        )
        {
            openApi.ShouldContain(path);
        }
    }

    private async Task<JsonElement> PageAsync(Account account, string query = "")
    {
        var response = await pairs.As(account).GetAsync($"/api/review/queue?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<List<Guid>> QueueAsync(Account account, string query = "") =>
        (await PageAsync(account, query + "&pageSize=100"))
            .GetProperty("items")
            .EnumerateArray()
            .Select(i => i.GetProperty("id").GetGuid())
            .ToList();
}

public sealed class ReviewQueueOnSqlite(SqliteReviewHost host)
    : ReviewQueueTests(host),
        IClassFixture<SqliteReviewHost>;

public sealed class ReviewQueueOnPostgreSql(PostgreSqlReviewHost host)
    : ReviewQueueTests(host),
        IClassFixture<PostgreSqlReviewHost>;
