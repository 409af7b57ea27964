using System.Text.Json.Nodes;
using JjjMatch.Testing;

namespace JjjMatch.Achievements.Tests.Api;

/// <summary>
/// Filters, paging and sorting of GET /api/achievements. Each test tags its listings with a unique word.
/// </summary>
public abstract class ListingTests(JjjMatchFactory host)
{
    private readonly AchievementsClient client = new(host.CreateClient(TestAccounts.University));
    private readonly string tag = SearchTags.New();

    [Fact]
    public async Task Only_published_achievements_are_listed_by_default()
    {
        await client.PublishedAsync(Sample("公开的成果"));
        await client.CreatedAsync(Sample("草稿成果"));

        AchievementsClient.Titles(await client.ListAsync($"text={tag}")).ShouldBe([$"公开的成果 {tag}"]);
        AchievementsClient.Titles(await client.ListAsync($"text={tag}&status=draft")).ShouldBe([$"草稿成果 {tag}"]);
    }

    [Fact]
    public async Task Text_is_matched_literally_even_when_it_looks_like_query_syntax()
    {
        await client.PublishedAsync(Sample("铝合金 \"OR\" *:(焊接)"));
        await client.PublishedAsync(Sample("铝合金焊接"));

        AchievementsClient
            .Titles(await client.ListAsync($"text={Uri.EscapeDataString($"{tag} \"OR\" *:(")}"))
            .ShouldBe([$"铝合金 \"OR\" *:(焊接) {tag}"]);
        AchievementsClient
            .Titles(await client.ListAsync($"text={Uri.EscapeDataString($"{tag} 100%_")}"))
            .ShouldBeEmpty();
        (await client.ListAsync($"text={Uri.EscapeDataString($"{tag} 焊接")}"))
            .GetProperty("total")
            .GetInt32()
            .ShouldBe(2);
    }

    [Fact]
    public async Task Filters_combine()
    {
        await client.PublishedAsync(Sample("河北成果", b =>
            {
                b["region"] = new JsonObject { ["province"] = "hebei", ["city"] = "保定" };
                b["industry"] = "新材料-复合材料";
                b["maturity"]!["level"] = 8;
                b["transferModes"] = new JsonArray("equity");
            }));
        await client.PublishedAsync(Sample("北京成果"));

        AchievementsClient
            .Titles(await client.ListAsync($"text={tag}&province=hebei&city=保定"))
            .ShouldBe([$"河北成果 {tag}"]);
        AchievementsClient.Titles(await client.ListAsync($"text={tag}&industry=新材料")).ShouldBe([$"河北成果 {tag}"]);
        AchievementsClient
            .Titles(await client.ListAsync($"text={tag}&maturityMin=7&maturityMax=9"))
            .ShouldBe([$"河北成果 {tag}"]);
        AchievementsClient
            .Titles(await client.ListAsync($"text={tag}&transferMode=assignment"))
            .ShouldBe([$"北京成果 {tag}"]);
        AchievementsClient
            .Titles(await client.ListAsync($"text={tag}&industry=电子信息-人工智能&province=beijing"))
            .ShouldBe([$"北京成果 {tag}"]);
    }

    [Fact]
    public async Task Pages_are_sorted_and_the_page_size_is_capped()
    {
        foreach (var level in new[] { 3, 9, 5 })
        {
            await client.PublishedAsync(Sample($"成熟度{level}", b => b["maturity"]!["level"] = level));
        }

        var first = await client.ListAsync($"text={tag}&sort=-maturity&pageSize=2&page=1");
        var second = await client.ListAsync($"text={tag}&sort=-maturity&pageSize=2&page=2");

        AchievementsClient.Titles(first).ShouldBe([$"成熟度9 {tag}", $"成熟度5 {tag}"]);
        AchievementsClient.Titles(second).ShouldBe([$"成熟度3 {tag}"]);
        first.GetProperty("total").GetInt32().ShouldBe(3);
        (await client.ListAsync($"text={tag}&pageSize=5000")).GetProperty("pageSize").GetInt32().ShouldBe(100);
    }

    [Fact]
    public async Task English_text_is_matched_case_insensitively()
    {
        await client.PublishedAsync(Sample("Laser Cladding of Rollers"));

        AchievementsClient
            .Titles(await client.ListAsync($"text={tag}+laser+CLADDING"))
            .ShouldBe([$"Laser Cladding of Rollers {tag}"]);
    }

    private JsonObject Sample(string title, Action<JsonObject>? change = null) =>
        AchievementSamples.Valid($"{title} {tag}").With(b => change?.Invoke(b));
}
