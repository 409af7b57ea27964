using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.Testing;
using JjjMatch.TextAnalysis;

namespace JjjMatch.Host.Tests.Api;

/// <summary>
/// The list search and the matcher read a query the same way: punctuation separates words, so 缺陷"检测 and
/// 缺陷 检测 find the same listings.
/// </summary>
public sealed class SearchAgreementTests(MarketOnSqlite host) : IClassFixture<MarketOnSqlite>
{
    public static TheoryData<string> Spellings => new() { "缺陷\"检测", "缺陷，检测", "缺陷/检测", "(缺陷)检测" };

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task Punctuation_separates_words_in_list_search_as_in_the_matcher(string spelling)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var university = host.CreateClient(TestAccounts.University);
        foreach (var title in new[] { $"钢板缺陷视觉检测 {tag}", $"焊缝缺陷超声波检测 {tag}", $"钢板表面清洗 {tag}" })
        {
            // Summary and keywords of their own: the sample's speak of 缺陷检测 too.
            var body = AchievementSamples.Valid(title);
            body["summary"] = $"本成果为{title}，已在合作企业完成验证。";
            body["keywords"] = new System.Text.Json.Nodes.JsonArray("工业应用");
            var created = await university.PostAsJsonAsync("/api/achievements", body);
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            (await university.PostAsync($"/api/achievements/{id}/publish", null)).EnsureSuccessStatusCode();
        }

        var spaced = await TitlesAsync($"缺陷 检测 {tag}");
        var punctuated = await TitlesAsync($"{spelling} {tag}");

        spaced.Count.ShouldBe(2);
        punctuated.ShouldBe(spaced, ignoreOrder: true);
        TextAnalyzer.Matching.Analyze(spelling).ShouldBe(TextAnalyzer.Matching.Analyze("缺陷 检测"));
    }

    private async Task<List<string>> TitlesAsync(string text)
    {
        var page = await host.CreateClient()
            .GetFromJsonAsync<JsonElement>($"/api/achievements?text={Uri.EscapeDataString(text)}");
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
    }
}
