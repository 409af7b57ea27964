using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JjjMatch.Achievements.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Achievements.Tests.Api;

/// <summary>Each bad body gets a 400 naming the field, and nothing is stored.</summary>
public abstract class BadInputTests(JjjMatchFactory host)
{
    private readonly AchievementsClient client = new(host.CreateClient(TestAccounts.University));

    public static TheoryData<string, string> BadBodies =>
        new()
        {
            { "title", Body(b => b.Remove("title")) },
            { "title", Body(b => b["title"] = new string('长', 101)) },
            { "summary", Body(b => b["summary"] = "") },
            { "keywords", Body(b => b["keywords"] = new JsonArray()) },
            { "keywords", Body(b => b.Remove("keywords")) },
            { "keywords[1]", Body(b => b["keywords"] = new JsonArray("机器视觉", "")) },
            { "industry", Body(b => b["industry"] = "不存在的行业") },
            { "maturity.level", Body(b => b["maturity"]!["level"] = 10) },
            { "maturity.scale", Body(b => b["maturity"]!["scale"] = "NASA") },
            { "maturity", Body(b => b.Remove("maturity")) },
            { "askingPrice.min", Body(b => b["askingPrice"] = new JsonObject { ["min"] = 900000, ["max"] = 100000 }) },
            { "askingPrice.max", Body(b => b["askingPrice"] = new JsonObject { ["min"] = 0, ["max"] = -1 }) },
            { "askingPrice.min", Body(b => b["askingPrice"] = new JsonObject { ["min"] = 1e20, ["max"] = null }) },
            { "transferModes", Body(b => b.Remove("transferModes")) },
            { "transferModes", Body(b => b["transferModes"] = new JsonArray("teleport")) },
            { "transferModes", Body(b => b["transferModes"] = new JsonArray("1")) },
            { "region.province", Body(b => b["region"]!["province"] = "mars") },
            { "region.city", Body(b => b["region"] = new JsonObject { ["province"] = "hebei", ["city"] = "上海" }) },
            { "patents[0].number", Body(b => b["patents"]![0]!["number"] = "not-a-patent") },
            { "patents[0].kind", Body(b => b["patents"]![0]!["kind"] = "secret") },
            { "contact.phone", Body(b => b["contact"] = new JsonObject { ["name"] = "李" }) },
            { "contact.email", Body(b => b["contact"]!["email"] = "nobody") },
            { "maturity.level", Body(b => b["maturity"]!["level"] = "six") },
        };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_field_is_named_and_nothing_is_stored(string field, string body)
    {
        var before = await CountAsync();

        var response = await client.Http.PostAsync(
            "/api/achievements",
            new StringContent(body, Encoding.UTF8, "application/json")
        );

        await response.ShouldBeValidationProblemAsync(field);
        (await CountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("{\"title\": \"未闭合", "title")]
    [InlineData("{\"title\": 42}", "title")]
    [InlineData("[1, 2", "body")]
    public async Task Malformed_json_is_a_400_naming_where_it_broke(string body, string field)
    {
        var before = await CountAsync();

        var response = await client.Http.PostAsync(
            "/api/achievements",
            new StringContent(body, Encoding.UTF8, "application/json")
        );

        await response.ShouldBeValidationProblemAsync(field);
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_bad_update_changes_nothing()
    {
        var created = await client.CreatedAsync(AchievementSamples.Valid("原始标题"));
        var id = created.GetProperty("id").GetGuid();

        var response = await client.Http.PutAsync(
            $"/api/achievements/{id}",
            new StringContent(Body(b => b["title"] = ""), Encoding.UTF8, "application/json")
        );

        await response.ShouldBeValidationProblemAsync("title");
        var stored = await host.WithScopeAsync<AchievementsDbContext, string>(async db =>
            (await db.Achievements.SingleAsync(a => a.Id == id)).Title
        );
        stored.ShouldBe("原始标题");
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem()
    {
        var before = await CountAsync();
        var huge = Body(b => b["summary"] = new string('x', 2 << 20));

        var response = await client.Http.PostAsync(
            "/api/achievements",
            new StringContent(huge, Encoding.UTF8, "application/json")
        );

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        (await CountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("sort=owner", "sort")]
    [InlineData("maturityMin=12", "maturityMin")]
    [InlineData("province=mars", "province")]
    [InlineData("province=1", "province")]
    [InlineData("status=deleted", "status")]
    [InlineData("status=0", "status")]
    [InlineData("transferMode=1", "transferMode")]
    public async Task Bad_list_parameters_are_named(string query, string field)
    {
        var response = await client.Http.GetAsync($"/api/achievements?{query}");

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task A_query_parameter_of_the_wrong_type_is_a_400_not_a_500()
    {
        var response = await client.Http.GetAsync("/api/achievements?maturityMin=abc");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("MaturityMin");
    }

    private static string Body(Action<JsonObject> change) => AchievementSamples.Valid().With(change).ToJsonString();

    private Task<int> CountAsync() =>
        host.WithScopeAsync<AchievementsDbContext, int>(db => db.Achievements.CountAsync());
}
