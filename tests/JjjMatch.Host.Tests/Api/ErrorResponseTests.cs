using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using JjjMatch.Testing;

namespace JjjMatch.Host.Tests.Api;

/// <summary>
/// A 400 speaks the API's language, not .NET's: it names every problem at once by its JSON path in camelCase, says
/// what is accepted, and carries the same fields in Chinese under errorsZh.
/// </summary>
public sealed class ErrorResponseTests(MarketOnSqlite host) : IClassFixture<MarketOnSqlite>
{
    private HttpClient University => host.CreateClient(TestAccounts.University);

    [Fact]
    public async Task An_empty_body_says_so()
    {
        var response = await University.PostAsync(
            "/api/achievements",
            new StringContent("", Encoding.UTF8, "application/json")
        );

        var problem = await response.ShouldBeValidationProblemAsync("body");
        Text(problem).ShouldContain("empty");
        Text(problem).ShouldNotContain("inferred");
        Text(problem).ShouldNotContain("parameter");
    }

    [Fact]
    public async Task Broken_json_says_it_is_broken_and_where()
    {
        var response = await Post("/api/achievements", "{\n  \"title\": \"缺陷检测\",\n  \"summary\": 'x'\n}");

        var problem = await response.ShouldBeValidationProblemAsync("summary");
        var message = problem.GetProperty("errors").GetProperty("summary")[0].GetString()!;
        message.ShouldContain("not valid JSON");
        message.ShouldContain("line 3, character 14");
    }

    [Fact]
    public async Task Every_wrong_type_and_unknown_field_is_reported_at_once()
    {
        var response = await Post(
            "/api/achievements",
            """
            {"title": 5, "maturity": {"scale": "TRL", "level": "six"}, "keywords": [1, "机器视觉"],
             "transferModes": "assignment", "region": {"province": "Mars"}, "months": 3}
            """
        );

        var problem = await response.ShouldBeValidationProblemAsync("title");
        var fields = Fields(problem, "errors");
        fields.ShouldBe(
            ["title", "maturity.level", "keywords[0]", "transferModes", "region.province", "months"],
            ignoreOrder: true
        );
        Fields(problem, "errorsZh").ShouldBe(fields, ignoreOrder: true);
        Message(problem, "region.province").ShouldContain("beijing, tianjin, hebei, other");
        Message(problem, "months").ShouldContain("Unknown field");
    }

    [Fact]
    public async Task A_guessed_field_name_in_a_nested_object_is_refused_not_dropped()
    {
        var enterprise = host.CreateClient(TestAccounts.Enterprise);
        var created = await enterprise.PostAsJsonAsync(
            "/api/demands",
            DemandSamples.Valid(DateTimeOffset.UtcNow.AddDays(30))
        );
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await enterprise.PostAsync($"/api/demands/{id}/open", null)).EnsureSuccessStatusCode();
        var application = DemandSamples.Application();
        application["milestones"]![0]!["months"] = 4;

        var response = await University.PostAsJsonAsync($"/api/demands/{id}/applications", application);

        await response.ShouldBeValidationProblemAsync("milestones[0].months");
    }

    [Fact]
    public async Task Messages_name_fields_and_values_as_the_api_writes_them()
    {
        var response = await host.CreateClient(TestAccounts.Intermediary)
            .PostAsJsonAsync($"/api/matches/{Guid.NewGuid()}/reject", new { reason = "NotReallyRelevant" });

        var problem = await response.ShouldBeValidationProblemAsync("reason");
        var text = Text(problem);
        text.ShouldContain("notRelevant", Case.Sensitive);
        text.ShouldNotContain("NotRelevant", Case.Sensitive);
        text.ShouldNotContain("Body", Case.Sensitive);
    }

    [Fact]
    public async Task An_empty_title_is_one_message_not_two()
    {
        var body = AchievementSamples.Valid();
        body["title"] = "";

        var response = await University.PostAsJsonAsync("/api/achievements", body);

        var problem = await response.ShouldBeValidationProblemAsync("title");
        problem.GetProperty("errors").GetProperty("title").GetArrayLength().ShouldBe(1);
        Message(problem, "title").ShouldContain("'title'");
    }

    [Fact]
    public async Task Every_validation_problem_has_a_chinese_message()
    {
        var response = await Post(
            "/api/achievements",
            "{\"title\": \"\", \"maturity\": {\"scale\": \"TRL\", \"level\": 12}}"
        );

        var problem = await response.ShouldBeValidationProblemAsync("maturity.level");
        var zh = problem.GetProperty("errorsZh");
        foreach (var field in Fields(problem, "errors"))
        {
            zh.GetProperty(field)[0].GetString()!.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}", field);
        }
    }

    [Fact]
    public async Task Dates_say_their_format_and_that_they_are_beijing_dates()
    {
        var response = await host.CreateClient(TestAccounts.Operator).GetAsync("/api/stats/funnel?from=7.12.2026");

        var problem = await response.ShouldBeValidationProblemAsync("from");
        Message(problem, "from").ShouldContain("yyyy-MM-dd in Beijing time");
    }

    [Fact]
    public async Task A_query_value_of_the_wrong_type_names_the_parameter_in_camel_case()
    {
        var response = await host.CreateClient().GetAsync("/api/achievements?maturityMin=abc");

        var problem = await response.ShouldBeValidationProblemAsync("maturityMin");
        Message(problem, "maturityMin").ShouldContain("whole number");
        Text(problem).ShouldNotContain("Nullable", Case.Sensitive);
    }

    [Fact]
    public async Task A_body_that_is_not_json_at_all_is_a_415_in_both_languages()
    {
        var response = await University.PostAsync(
            "/api/achievements",
            new StringContent("title=x", Encoding.UTF8, "text/plain")
        );

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        (await response.Content.ReadAsStringAsync()).ShouldContain("application/json");
    }

    private Task<HttpResponseMessage> Post(string path, string json) =>
        University.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    private static List<string> Fields(JsonElement problem, string property) =>
        problem.GetProperty(property).EnumerateObject().Select(p => p.Name).ToList();

    private static string Message(JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    private static string Text(JsonElement problem) => problem.GetRawText();
}
