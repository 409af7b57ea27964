using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JjjMatch.Contracts.Demands;
using JjjMatch.Demands.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Tests.Api;

/// <summary>
/// Each bad body or parameter gets a 400 naming the field, and nothing is stored. These tests never move the clock.
/// </summary>
public abstract class BadInputTests(DemandsHost host)
{
    private static readonly DateTimeOffset Deadline = DemandsHost.Start.AddDays(30);

    private readonly DemandsClient client = new(host);

    public static TheoryData<string, string> BadDemands =>
        new()
        {
            { "title", Demand(b => b.Remove("title")) },
            { "title", Demand(b => b["title"] = new string('榜', 101)) },
            { "problemDescription", Demand(b => b["problemDescription"] = "") },
            { "expectedOutcome", Demand(b => b["expectedOutcome"] = new string('效', 2001)) },
            { "industry", Demand(b => b["industry"] = "不存在的行业") },
            { "minimumMaturity.level", Demand(b => b["minimumMaturity"]!["level"] = 10) },
            { "minimumMaturity.level", Demand(b => b["minimumMaturity"]!["level"] = 0) },
            { "minimumMaturity.scale", Demand(b => b["minimumMaturity"]!["scale"] = "NASA") },
            { "bounty.min", Demand(b => b["bounty"] = new JsonObject { ["min"] = 900000, ["max"] = 100000 }) },
            { "bounty.min", Demand(b => b["bounty"] = new JsonObject { ["min"] = -1, ["max"] = null }) },
            { "bounty.max", Demand(b => b["bounty"] = new JsonObject { ["min"] = null, ["max"] = -500 }) },
            { "bounty.min", Demand(b => b["bounty"] = new JsonObject { ["min"] = 1e15, ["max"] = null }) },
            { "deadline", Demand(b => b.Remove("deadline")) },
            { "deadline", Demand(b => b["deadline"] = DemandsHost.Start.AddDays(-1).ToString("O")) },
            { "deadline", Demand(b => b["deadline"] = DemandsHost.Start.ToString("O")) },
            { "deadline", Demand(b => b["deadline"] = DemandsHost.Start.AddYears(10).ToString("O")) },
            { "deadline", Demand(b => b["deadline"] = "下个月") },
            { "region", Demand(b => b.Remove("region")) },
            { "region.province", Demand(b => b["region"]!["province"] = "mars") },
            { "region.city", Demand(b => b["region"] = new JsonObject { ["province"] = "hebei", ["city"] = "上海" }) },
            { "cooperationModes", Demand(b => b.Remove("cooperationModes")) },
            { "cooperationModes", Demand(b => b["cooperationModes"] = new JsonArray("teleport")) },
            { "anonymous", Demand(b => b["anonymous"] = "yes") },
            { "enterpriseName", Demand(b => b["enterpriseName"] = " ") },
            { "contact", Demand(b => b.Remove("contact")) },
            { "contact.phone", Demand(b => b["contact"] = new JsonObject { ["name"] = "李" }) },
            { "contact.email", Demand(b => b["contact"]!["email"] = "nobody") },
        };

    public static TheoryData<string, string> BadApplications =>
        new()
        {
            { "applicantOrganisation", Application(b => b.Remove("applicantOrganisation")) },
            { "applicantOrganisation", Application(b => b["applicantOrganisation"] = new string('校', 101)) },
            { "approachSummary", Application(b => b["approachSummary"] = "短") },
            { "team", Application(b => b["team"] = "") },
            { "milestones", Application(b => b["milestones"] = new JsonArray()) },
            { "milestones", Application(b => b.Remove("milestones")) },
            { "milestones[0]", Application(b => b["milestones"] = new JsonArray((JsonNode?)null)) },
            { "milestones[1].title", Application(b => b["milestones"]![1]!["title"] = "") },
            { "milestones[0].month", Application(b => b["milestones"]![0]!["month"] = 0) },
            { "milestones[1].month", Application(b => b["milestones"]![1]!["month"] = 13) },
            { "milestones[0].month", Application(b => b["milestones"]![0]!["month"] = "四月") },
            { "price", Application(b => b["price"] = -1) },
            { "price", Application(b => b.Remove("price")) },
            { "durationMonths", Application(b => b["durationMonths"] = 0) },
            { "durationMonths", Application(b => b["durationMonths"] = "一年") },
        };

    [Theory]
    [MemberData(nameof(BadDemands))]
    public async Task A_bad_demand_field_is_named_and_nothing_is_stored(string field, string body)
    {
        var before = await CountAsync();

        var response = await client.Http.PostAsync("/api/demands", Json(body));

        await response.ShouldBeValidationProblemAsync(field);
        (await CountAsync()).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(BadApplications))]
    public async Task A_bad_application_field_is_named_and_nothing_is_stored(string field, string body)
    {
        var demand = DemandsClient.Id(await client.OpenedAsync(DemandSamples.Valid(Deadline)));

        var response = await client.Http.PostAsync($"/api/demands/{demand}/applications", Json(body));

        await response.ShouldBeValidationProblemAsync(field);
        (
            await host.WithScopeAsync<DemandsDbContext, int>(db =>
                db.Applications.CountAsync(a => a.DemandId == demand)
            )
        ).ShouldBe(0);
        (await client.OutboxEventsAsync()).OfType<ApplicationSubmitted>().ShouldNotContain(e => e.DemandId == demand);
    }

    [Fact]
    public async Task A_bad_update_changes_nothing_and_reports_nothing()
    {
        var demand = DemandsClient.Id(await client.OpenedAsync(DemandSamples.Valid(Deadline, "原始标题")));

        var response = await client.Http.PutAsync(
            $"/api/demands/{demand}",
            Json(Demand(b => b["bounty"] = new JsonObject { ["min"] = 5, ["max"] = 1 }))
        );

        await response.ShouldBeValidationProblemAsync("bounty.min");
        var stored = await client.StoredAsync(demand);
        stored.Title.ShouldBe("原始标题");
        stored.Version.ShouldBe(2);
        (await client.OutboxEventsAsync()).OfType<DemandUpdated>().ShouldNotContain(e => e.Demand.Id == demand);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem()
    {
        var before = await CountAsync();

        var response = await client.Http.PostAsync(
            "/api/demands",
            Json(Demand(b => b["problemDescription"] = new string('x', 2 << 20)))
        );

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        (await CountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("sort=owner", "sort")]
    [InlineData("maturity=10", "maturity")]
    [InlineData("province=mars", "province")]
    [InlineData("province=2", "province")]
    [InlineData("status=deleted", "status")]
    [InlineData("status=1", "status")]
    [InlineData("bountyMin=-1", "bountyMin")]
    [InlineData("bountyMax=-1", "bountyMax")]
    [InlineData("bountyMin=99999999999999999999", "bountyMin")]
    [InlineData("bountyMax=1000000000001", "bountyMax")]
    [InlineData("bountyMin=500&bountyMax=100", "bountyMin")]
    [InlineData("deadlineAfter=2027-02-01T00:00:00Z&deadlineBefore=2027-01-01T00:00:00Z", "deadlineAfter")]
    public async Task Bad_list_parameters_are_named(string query, string field)
    {
        var response = await client.Http.GetAsync($"/api/demands?{query}");

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Theory]
    [InlineData("maturity=abc", "Maturity")]
    [InlineData("bountyMin=lots", "BountyMin")]
    [InlineData("deadlineBefore=next-week", "DeadlineBefore")]
    public async Task A_list_parameter_of_the_wrong_type_is_a_400_not_a_500(string query, string name)
    {
        var response = await client.Http.GetAsync($"/api/demands?{query}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(name);
    }

    [Theory]
    [InlineData("status=pending", "status")]
    [InlineData("page=0", "page")]
    public async Task Bad_application_list_parameters_are_named(string query, string field)
    {
        var demand = DemandsClient.Id(await client.OpenedAsync(DemandSamples.Valid(Deadline)));

        var response = await client.Http.GetAsync($"/api/demands/{demand}/applications?{query}");

        await response.ShouldBeValidationProblemAsync(field);
    }

    private static string Demand(Action<JsonObject> change) =>
        DemandSamples.Valid(Deadline).With(change).ToJsonString();

    private static string Application(Action<JsonObject> change) =>
        DemandSamples.Application().With(change).ToJsonString();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private Task<int> CountAsync() => host.WithScopeAsync<DemandsDbContext, int>(db => db.Demands.CountAsync());
}
