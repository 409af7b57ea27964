using System.Globalization;
using System.Text.Json.Nodes;
using JjjMatch.Contracts.Shared;
using JjjMatch.Testing;

namespace JjjMatch.Demands.Tests.Api;

/// <summary>Filters, paging and sorting of GET /api/demands. Each test tags its demands with a unique word.</summary>
public abstract class ListingTests(DemandsHost host)
{
    private readonly DemandsClient client = new(host);
    private readonly string tag = SearchTags.New();

    [Fact]
    public async Task Only_open_demands_are_listed_by_default()
    {
        await client.OpenedAsync(Sample("公开的需求"));
        await client.CreatedAsync(Sample("草稿需求"));
        await client.PostOkAsync(
            $"/api/demands/{DemandsClient.Id(await client.OpenedAsync(Sample("已关闭的需求")))}/close"
        );

        DemandsClient.Titles(await client.ListAsync($"text={tag}")).ShouldBe([$"公开的需求 {tag}"]);
        DemandsClient.Titles(await client.ListAsync($"text={tag}&status=draft")).ShouldBe([$"草稿需求 {tag}"]);
        DemandsClient.Titles(await client.ListAsync($"text={tag}&status=Closed")).ShouldBe([$"已关闭的需求 {tag}"]);
    }

    [Fact]
    public async Task Text_is_matched_literally_in_title_problem_and_outcome()
    {
        await client.OpenedAsync(Sample("钢渣 \"OR\" *:(建材)"));
        await client.OpenedAsync(Sample("钢渣建材", b => b["expectedOutcome"] = "形成年处理10万吨钢渣的 Pilot Line。"));

        DemandsClient
            .Titles(await client.ListAsync($"text={Uri.EscapeDataString($"{tag} \"OR\" *:(")}"))
            .ShouldBe([$"钢渣 \"OR\" *:(建材) {tag}"]);
        DemandsClient.Titles(await client.ListAsync($"text={Uri.EscapeDataString($"{tag} 100%_")}")).ShouldBeEmpty();
        DemandsClient.Titles(await client.ListAsync($"text={tag}+pilot+LINE")).ShouldBe([$"钢渣建材 {tag}"]);
        (await client.ListAsync($"text={Uri.EscapeDataString($"{tag} 余热利用率")}"))
            .GetProperty("total")
            .GetInt32()
            .ShouldBe(2);
    }

    [Fact]
    public async Task Industry_and_region_filters_combine()
    {
        await client.OpenedAsync(Sample("保定新材料需求", b =>
            {
                b["region"] = new JsonObject { ["province"] = "hebei", ["city"] = "保定" };
                b["industry"] = "新材料-复合材料";
            }));
        await client.OpenedAsync(Sample("天津电子需求", b =>
            {
                b["region"] = new JsonObject { ["province"] = "tianjin", ["city"] = null };
                b["industry"] = "电子信息-人工智能";
            }));

        DemandsClient
            .Titles(await client.ListAsync($"text={tag}&province=hebei&city=保定"))
            .ShouldBe([$"保定新材料需求 {tag}"]);
        DemandsClient.Titles(await client.ListAsync($"text={tag}&industry=新材料")).ShouldBe([$"保定新材料需求 {tag}"]);
        DemandsClient
            .Titles(await client.ListAsync($"text={tag}&industry=电子信息-人工智能&province=Tianjin"))
            .ShouldBe([$"天津电子需求 {tag}"]);
        DemandsClient.Titles(await client.ListAsync($"text={tag}&industry=电子信息&province=hebei")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(3, new[] { "不限成熟度" })]
    [InlineData(5, new[] { "不限成熟度", "至少TRL4" })]
    [InlineData(7, new[] { "不限成熟度", "至少TRL4", "至少TRL7" })]
    public async Task The_maturity_filter_keeps_the_demands_an_achievement_of_that_level_qualifies_for(
        int level,
        string[] expected
    )
    {
        await client.OpenedAsync(Sample("至少TRL4", b => b["minimumMaturity"]!["level"] = 4));
        await client.OpenedAsync(Sample("至少TRL7", b => b["minimumMaturity"]!["level"] = 7));
        await client.OpenedAsync(Sample("不限成熟度", b => b["minimumMaturity"] = null));

        DemandsClient
            .Titles(await client.ListAsync($"text={tag}&maturity={level}"))
            .ShouldBe(expected.Select(t => $"{t} {tag}").ToList(), ignoreOrder: true);
    }

    [Theory]
    [InlineData("bountyMin=250000&bountyMax=600000", new[] { "十万到三十万", "五十万到一百万" })]
    [InlineData("bountyMin=1500000", new[] { "二百万以上" })]
    [InlineData("bountyMax=150000", new[] { "十万到三十万", "二十万以内" })]
    [InlineData("bountyMin=0", new[] { "十万到三十万", "五十万到一百万", "二百万以上", "二十万以内" })]
    [InlineData("", new[] { "十万到三十万", "五十万到一百万", "二百万以上", "二十万以内", "面议" })]
    public async Task Bounty_filters_keep_the_demands_whose_range_overlaps(string query, string[] expected)
    {
        await client.OpenedAsync(Sample("十万到三十万", b => b["bounty"] = Bounty(100000, 300000)));
        await client.OpenedAsync(Sample("五十万到一百万", b => b["bounty"] = Bounty(500000, 1000000)));
        await client.OpenedAsync(Sample("二百万以上", b => b["bounty"] = Bounty(2000000, null)));
        await client.OpenedAsync(Sample("二十万以内", b => b["bounty"] = Bounty(null, 200000)));
        await client.OpenedAsync(Sample("面议", b => b["bounty"] = null));

        DemandsClient
            .Titles(await client.ListAsync($"text={tag}&{query}"))
            .ShouldBe(expected.Select(t => $"{t} {tag}").ToList(), ignoreOrder: true);
    }

    [Fact]
    public async Task Deadline_filters_bound_the_deadline_on_both_sides()
    {
        foreach (var days in new[] { 10, 20, 40 })
        {
            await client.OpenedAsync(Sample($"{days}天后截止", deadlineInDays: days));
        }

        // Beijing dates, inclusive: the 20-day list's deadline is the "before" day itself.
        var after = BeijingTime
            .DateOf(client.InDays(15).UtcDateTime)
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var before = BeijingTime
            .DateOf(client.InDays(20).UtcDateTime)
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        DemandsClient
            .Titles(await client.ListAsync($"text={tag}&deadlineAfter={after}&deadlineBefore={before}"))
            .ShouldBe([$"20天后截止 {tag}"]);
        DemandsClient
            .Titles(await client.ListAsync($"text={tag}&deadlineAfter={after}&sort=-deadline"))
            .ShouldBe([$"40天后截止 {tag}", $"20天后截止 {tag}"]);
        DemandsClient
            .Titles(await client.ListAsync($"text={tag}&deadlineBefore={before}"))
            .ShouldBe([$"10天后截止 {tag}", $"20天后截止 {tag}"]);
    }

    [Fact]
    public async Task Pages_are_sorted_and_the_page_size_is_capped()
    {
        await client.OpenedAsync(Sample("小额", b => b["bounty"] = Bounty(50000, 80000)));
        await client.OpenedAsync(Sample("面议", b => b["bounty"] = null));
        await client.OpenedAsync(Sample("大额", b => b["bounty"] = Bounty(3000000, null)));
        await client.OpenedAsync(Sample("中额", b => b["bounty"] = Bounty(null, 600000)));

        var first = await client.ListAsync($"text={tag}&sort=-bounty&pageSize=3&page=1");
        var second = await client.ListAsync($"text={tag}&sort=-bounty&pageSize=3&page=2");

        DemandsClient.Titles(first).ShouldBe([$"大额 {tag}", $"中额 {tag}", $"小额 {tag}"]);
        DemandsClient.Titles(second).ShouldBe([$"面议 {tag}"]);
        first.GetProperty("total").GetInt32().ShouldBe(4);
        DemandsClient
            .Titles(await client.ListAsync($"text={tag}&sort=bounty"))
            .ShouldBe([$"小额 {tag}", $"中额 {tag}", $"大额 {tag}", $"面议 {tag}"]);
        (await client.ListAsync($"text={tag}&pageSize=5000")).GetProperty("pageSize").GetInt32().ShouldBe(100);
    }

    private static JsonObject Bounty(decimal? min, decimal? max) => new() { ["min"] = min, ["max"] = max };

    private JsonObject Sample(string title, Action<JsonObject>? change = null, double deadlineInDays = 30) =>
        client.Sample($"{title} {tag}", deadlineInDays).With(b => change?.Invoke(b));
}
