using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Engine.Search.Embedded;

namespace JjjMatch.Matching.Tests.Engine.Search;

public sealed class EmbeddedIndexTests
{
    [Fact]
    public async Task Matched_terms_put_bigrams_before_the_unigrams_they_contain()
    {
        using var index = new EmbeddedIndex();
        var document = Listings.Achievement("液压减振器", "阻尼可调");
        await index.UpsertAsync([document]);

        var hit = index.Search(Listings.For(ListingKind.Achievement, "减振器 阻尼 压")).Single();

        hit.MatchedTerms.ShouldContain("减振");
        hit.MatchedTerms.ShouldContain("阻尼");
        hit.MatchedTerms.ShouldNotContain("振");
        hit.MatchedTerms.ShouldContain("压");
    }

    [Fact]
    public async Task A_long_query_is_cut_to_its_most_telling_terms()
    {
        var options = EmbeddedIndexOptions.Matching with { MaxQueryTerms = 2 };
        using var index = new EmbeddedIndex(options);
        var rare = Listings.Achievement("钙钛矿", "钙钛矿太阳能电池");
        var common = Enumerable.Range(0, 20).Select(i => Listings.Achievement($"方法{i}", "一种方法和系统")).ToList();
        await index.UpsertAsync([rare, .. common]);

        var hits = index.Search(Listings.For(ListingKind.Achievement, "一种方法和系统 钙钛矿"));

        hits.ShouldHaveSingleItem().Id.ShouldBe(rare.Id);
        hits[0].MatchedTerms.ShouldBe(["钙钛", "钛矿"], ignoreOrder: true);
    }

    [Fact]
    public async Task Query_terms_the_index_has_never_seen_count_against_relevance()
    {
        using var index = new EmbeddedIndex();
        await index.UpsertAsync([
            Listings.Achievement("钢板缺陷检测", "钢板表面缺陷视觉检测"),
            Listings.Achievement("小麦育种", "抗旱小麦"),
        ]);

        var known = index.Search(Listings.For(ListingKind.Achievement, "钢板缺陷")).Single();
        var mostlyUnknown = index.Search(Listings.For(ListingKind.Achievement, "钢板缺陷 分子标记辅助选择")).Single();

        mostlyUnknown.Score.ShouldBe(known.Score, 1e-9);
        mostlyUnknown.Relevance.ShouldBeLessThan(known.Relevance / 2);
    }

    [Fact]
    public async Task Relevance_stays_within_zero_and_one()
    {
        using var index = new EmbeddedIndex();
        await index.UpsertAsync([Listings.Achievement("储能", string.Concat(Enumerable.Repeat("储能电池 ", 200)))]);

        var hit = index.Search(Listings.For(ListingKind.Achievement, "储能电池")).Single();

        hit.Relevance.ShouldBeGreaterThan(0.5);
        hit.Relevance.ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public async Task Many_replacements_keep_exactly_the_latest_version()
    {
        using var index = new EmbeddedIndex();
        var id = Guid.NewGuid();
        for (var version = 0; version < 50; version++)
        {
            await index.UpsertAsync([Listings.Achievement($"版本{version}号", "无人机巡检", id: id)]);
        }

        index.Count(ListingKind.Achievement).ShouldBe(1);
        index.Search(Listings.For(ListingKind.Achievement, "无人机巡检")).Single().Id.ShouldBe(id);
        index.Search(Listings.For(ListingKind.Achievement, "版本49号")).Single().MatchedTerms.ShouldContain("49");
    }

    [Fact]
    public async Task Readers_search_while_a_writer_upserts_and_removes()
    {
        using var index = new EmbeddedIndex();
        var stable = Listings.Achievement("风电叶片检测", "风电叶片无损检测");
        await index.UpsertAsync([stable]);
        using var stop = new CancellationTokenSource();

        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 300; i++)
            {
                var churn = Listings.Achievement($"风电{i}", "风电运维");
                await index.UpsertAsync([churn]);
                await index.RemoveAsync(ListingKind.Achievement, churn.Id);
            }

            await stop.CancelAsync();
        });
        var readers = Enumerable
            .Range(0, 4)
            .Select(_ =>
                Task.Run(() =>
                {
                    var searches = 0;
                    while (!stop.IsCancellationRequested || searches == 0)
                    {
                        index
                            .Search(Listings.For(ListingKind.Achievement, "风电叶片检测"))
                            .ShouldContain(h => h.Id == stable.Id);
                        searches++;
                    }

                    return searches;
                })
            )
            .ToList();

        await writer;
        (await Task.WhenAll(readers)).ShouldAllBe(searches => searches > 0);
        index.Count(ListingKind.Achievement).ShouldBe(1);
    }

    [Fact]
    public async Task A_query_with_no_known_terms_finds_nothing()
    {
        using var index = new EmbeddedIndex();
        await index.UpsertAsync([Listings.Achievement("芯片封装", "先进封装")]);

        index.Search(Listings.For(ListingKind.Achievement, "*** : ()")).ShouldBeEmpty();
        index.Search(Listings.For(ListingKind.Achievement, "量子通信")).ShouldBeEmpty();
    }
}
