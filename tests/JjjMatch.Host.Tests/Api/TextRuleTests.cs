using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JjjMatch.Achievements.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Host.Tests.Api;

/// <summary>
/// One rule for text in every field of every service: control characters (other than tab and newline) and text that
/// is blank once invisible characters are removed are a 400 naming the field; text is stored in NFC.
/// </summary>
public sealed class TextRuleTests(MarketOnSqlite host) : IClassFixture<MarketOnSqlite>
{
    private static DateTimeOffset Deadline => DateTimeOffset.UtcNow.AddDays(30);

    public static TheoryData<string, string, string> NotText =>
        new()
        {
            { "/api/achievements", Achievement(b => b["title"] = "\u200B\u200B\u200B"), "title" },
            { "/api/achievements", Achievement(b => b["title"] = "钢板\u0000缺陷检测"), "title" },
            {
                "/api/achievements",
                Achievement(b => b["summary"] = "本成果\u001B[31m检测准确率达到99%以上。"),
                "summary"
            },
            {
                "/api/achievements",
                Achievement(b => b["keywords"] = new JsonArray("机器视觉", "\uFEFF")),
                "keywords[1]"
            },
            { "/api/achievements", Achievement(b => b["contact"]!["name"] = "\u3164"), "contact.name" },
            { "/api/achievements", Achievement(b => b["technologyField"] = " \u2060 "), "technologyField" },
            { "/api/demands", Demand(b => b["enterpriseName"] = "唐钢\u0007集团"), "enterpriseName" },
            { "/api/demands", Demand(b => b["expectedOutcome"] = "\u200D\u200C\u00AD"), "expectedOutcome" },
        };

    [Theory]
    [MemberData(nameof(NotText))]
    public async Task Text_that_is_not_text_is_a_400_naming_the_field(string path, string body, string field)
    {
        var client = host.CreateClient(path.Contains("demands") ? TestAccounts.Enterprise : TestAccounts.University);

        var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeValidationProblemAsync(field);
        // One problem for the field, not the text rule and a length rule saying the same in other words.
        problem.GetProperty("errors").GetProperty(field).GetArrayLength().ShouldBe(1);
        problem.GetProperty("errorsZh").GetProperty(field)[0].GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_milestone_title_and_a_rejection_note_follow_the_same_rule()
    {
        var enterprise = host.CreateClient(TestAccounts.Enterprise);
        var demand = await (
            await enterprise.PostAsJsonAsync("/api/demands", DemandSamples.Valid(Deadline))
        ).Content.ReadFromJsonAsync<JsonElement>();
        var id = demand.GetProperty("id").GetGuid();
        (await enterprise.PostAsync($"/api/demands/{id}/open", null)).EnsureSuccessStatusCode();
        var application = DemandSamples.Application();
        application["milestones"]![1]!["title"] = "工业\u0008示范";

        var applied = await host.CreateClient(TestAccounts.University)
            .PostAsJsonAsync($"/api/demands/{id}/applications", application);
        var rejected = await host.CreateClient(TestAccounts.Intermediary)
            .PostAsJsonAsync($"/api/matches/{Guid.NewGuid()}/reject", new { reason = "other", note = "\u200B" });

        await applied.ShouldBeValidationProblemAsync("milestones[1].title");
        await rejected.ShouldBeValidationProblemAsync("note");
    }

    [Fact]
    public async Task Tab_newline_and_windows_newlines_are_text()
    {
        var body = AchievementSamples.Valid("多行\t摘要的成果");
        body["summary"] = "第一段：钢板表面缺陷检测。\n第二段：检测准确率达到99%。\r\n第三段：已在唐钢示范。";

        var response = await host.CreateClient(TestAccounts.University).PostAsJsonAsync("/api/achievements", body);

        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Text_is_stored_in_nfc()
    {
        var decomposed = "Cafe\u0301 de\u0301tection 咖啡";
        var response = await host.CreateClient(TestAccounts.University)
            .PostAsJsonAsync("/api/achievements", AchievementSamples.Valid(decomposed));
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var stored = await host.WithScopeAsync<AchievementsDbContext, string>(async db =>
            (await db.Achievements.SingleAsync(a => a.Id == id)).Title
        );

        stored.ShouldBe("Caf\u00E9 d\u00E9tection 咖啡");
    }

    [Theory]
    [InlineData("contact.email", "a@b")]
    [InlineData("contact.email", ".@hotmail.com")]
    [InlineData("contact.email", "zhang..san@example.com")]
    [InlineData("contact.email", "张三@example")]
    [InlineData("contact.phone", "12345")]
    [InlineData("contact.phone", "23800138000")]
    [InlineData("contact.phone", "1380013800")]
    [InlineData("contact.phone", "62751234")]
    public async Task Contacts_are_checked_as_a_person_would(string field, string value)
    {
        var body = AchievementSamples.Valid();
        body["contact"]![field.Split('.')[1]] = value;

        var response = await host.CreateClient(TestAccounts.University).PostAsJsonAsync("/api/achievements", body);

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Theory]
    [InlineData("ZL201720001285.1")]
    [InlineData("ZL20172000128.X")]
    [InlineData("CN108123456A")]
    public async Task A_patent_number_needs_the_real_format_and_check_character(string number)
    {
        var body = AchievementSamples.Valid();
        body["patents"]![0]!["number"] = number;

        var response = await host.CreateClient(TestAccounts.University).PostAsJsonAsync("/api/achievements", body);

        await response.ShouldBeValidationProblemAsync("patents[0].number");
    }

    private static string Achievement(Action<JsonObject> change) =>
        AchievementSamples.Valid().With(change).ToJsonString();

    private static string Demand(Action<JsonObject> change) =>
        DemandSamples.Valid(Deadline).With(change).ToJsonString();
}
