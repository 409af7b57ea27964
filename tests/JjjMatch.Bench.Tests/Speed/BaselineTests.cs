using JjjMatch.Bench.Speed.Baselines;
using JjjMatch.Matching.Engine.Scoring;

namespace JjjMatch.Bench.Tests.Speed;

public sealed class BaselineTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("jjjmatch-baseline-test-");

    [Fact]
    public void Baseline_text_is_the_reference_bigram_analysis_joined_by_spaces()
    {
        BaselineText.Tokens("钢板表面 Defect-2").ShouldBe("钢板 板表 表面 defect 2");
        BaselineText.QueryTerms("钢板钢板 钢").ShouldBe(["钢板", "板钢", "钢"]);
    }

    [Fact]
    public void The_baselines_index_what_the_matcher_indexes()
    {
        var achievement = new AchievementProfile(Guid.NewGuid(), true, "镁合金", "耐腐蚀", ["轻量化"]);

        BaselineText.Document(achievement).ShouldBe("镁合 合金 轻量 量化 耐腐 腐蚀");
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
                BaselineText.Tokens("抗旱小麦新品种选育 分子标记辅助选择"),
                BaselineText.Tokens("钢板表面缺陷视觉检测系统 基于深度学习识别划痕和裂纹"),
                BaselineText.Tokens("高炉煤气余热回收发电系统"),
            ],
            CancellationToken.None
        );

        var hits = await index.SearchAsync(
            BaselineText.QueryTerms("需要钢板表面缺陷的在线视觉检测方案"),
            10,
            CancellationToken.None
        );

        hits[0].ShouldBe(1);
        hits.ShouldNotContain(0);
    }

    [Fact]
    public async Task Fts5_searches_text_that_looks_like_query_syntax_as_text()
    {
        await using var index = new Fts5Index(Path.Combine(folder.FullName, "syntax.db"));
        await index.BuildAsync([BaselineText.Tokens("near or and not 钢板")], CancellationToken.None);

        var hits = await index.SearchAsync(
            BaselineText.QueryTerms("\"NEAR(\" OR * : ^钢板"),
            10,
            CancellationToken.None
        );

        hits.ShouldBe([0]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
