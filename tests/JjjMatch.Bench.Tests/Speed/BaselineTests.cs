using JjjMatch.Bench.Speed.Baselines;
using JjjMatch.Bench.Speed.Baselines.Lucene;
using JjjMatch.Matching.Engine.Scoring;
using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Engine.Search.Embedded;

namespace JjjMatch.Bench.Tests.Speed;

public sealed class BaselineTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("jjjmatch-baseline-test-");

    [Fact]
    public void Baseline_text_is_the_matchers_analysis_joined_by_spaces() =>
        BaselineText.Tokens("钢板表面 Defects").ShouldBe("钢板 板表 表面 钢 板 表 面 defect");

    [Fact]
    public void The_baselines_index_what_the_matcher_indexes()
    {
        var achievement = new AchievementProfile(Guid.NewGuid(), true, "镁合金", "耐腐蚀", ["轻量化"]);

        BaselineText.Document(achievement).ShouldBe("镁合金\n轻量化\n耐腐蚀");
    }

    [Fact]
    public async Task The_baselines_are_sent_the_matchers_selected_terms()
    {
        using var matcher = new EmbeddedIndex(EmbeddedIndexOptions.Matching with { MaxQueryTerms = 3 });
        await matcher.UpsertAsync(
            [Document("钢板表面缺陷视觉检测系统"), Document("抗旱小麦新品种选育"), Document("钢板轧制工艺")],
            CancellationToken.None
        );

        var terms = BaselineQueries.Terms(matcher, ListingKind.Achievement, "钢板表面缺陷的视觉检测方案");

        terms.Count.ShouldBe(3);
        // The rarest terms win: bigrams found in one document, not 钢板 (in two) nor the unigrams (weight 0.3).
        terms.ShouldAllBe(t => t.Length == 2);
        terms.ShouldNotContain("钢板");
    }

    [Fact]
    public async Task Lucene_ranks_the_document_sharing_the_most_telling_terms_first()
    {
        await using var index = new LuceneIndex(Path.Combine(folder.FullName, "lucene"));
        await index.BuildAsync(
            [
                "抗旱小麦新品种选育 分子标记辅助选择",
                "钢板表面缺陷视觉检测系统 基于深度学习识别划痕和裂纹",
                "高炉煤气余热回收发电系统",
            ],
            CancellationToken.None
        );

        var hits = await index.SearchAsync(["钢板", "缺陷", "视觉", "检测"], 10, CancellationToken.None);

        hits.ShouldBe([1]);
        index.OpenTime.ShouldNotBeNull();
        index.DiskBytes!.Value.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Lucene_indexes_the_matchers_terms_so_a_unigram_or_a_stem_finds_its_document()
    {
        await using var index = new LuceneIndex(Path.Combine(folder.FullName, "terms"));
        await index.BuildAsync(["钢板 inspecting", "小麦"], CancellationToken.None);

        (await index.SearchAsync(["钢"], 10, CancellationToken.None)).ShouldBe([0]);
        (await index.SearchAsync(["inspect"], 10, CancellationToken.None)).ShouldBe([0]);
        (await index.SearchAsync(["AND", "*:*"], 10, CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public void Fts5_terms_are_quoted_strings_so_nothing_is_query_syntax() =>
        Fts5Index
            .MatchExpression(["钢板", "or", "a\"b", "near"])
            .ShouldBe("\"钢板\" OR \"or\" OR \"a\"\"b\" OR \"near\"");

    [Fact]
    public void Postgres_terms_are_quoted_lexemes() =>
        PostgresIndex.TsQuery(["钢板", "it's", "a\\b"]).ShouldBe("'钢板' | 'it''s' | 'a\\\\b'");

    [Fact]
    public async Task Fts5_ranks_the_document_sharing_the_most_telling_terms_first()
    {
        await using var index = new Fts5Index(Path.Combine(folder.FullName, "fts5.db"));
        await index.BuildAsync(
            [
                "抗旱小麦新品种选育 分子标记辅助选择",
                "钢板表面缺陷视觉检测系统 基于深度学习识别划痕和裂纹",
                "高炉煤气余热回收发电系统",
            ],
            CancellationToken.None
        );

        var hits = await index.SearchAsync(["钢板", "缺陷", "视觉", "在线"], 10, CancellationToken.None);

        hits[0].ShouldBe(1);
        hits.ShouldNotContain(0);
    }

    [Fact]
    public async Task Fts5_searches_text_that_looks_like_query_syntax_as_text()
    {
        await using var index = new Fts5Index(Path.Combine(folder.FullName, "syntax.db"));
        await index.BuildAsync(["near or and not 钢板"], CancellationToken.None);

        var hits = await index.SearchAsync(["near(", "or", "*", ":", "^钢板"], 10, CancellationToken.None);

        hits.ShouldBe([0]);
    }

    private static ListingDocument Document(string text) =>
        new(Guid.NewGuid(), ListingKind.Achievement, text, text, [], true, ListingDocument.NoAttributes);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
