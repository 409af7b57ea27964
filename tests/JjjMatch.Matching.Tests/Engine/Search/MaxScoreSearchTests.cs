using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Engine.Search.Embedded;

namespace JjjMatch.Matching.Tests.Engine.Search;

/// <summary>
/// The pruned search (MaxScore) against the exhaustive one it replaces, on one market with Zipf-skewed words: common
/// words have thousands of postings (so skip entries are used), rare ones a few; some listings are inactive, replaced
/// or removed (dead postings), and queries carry filters. Every hit must agree to the bit.
/// </summary>
public sealed class MaxScoreSearchTests
{
    private const string Characters =
        "电池储能材料催化氢燃料膜光伏硅晶体管芯片传感检测图像算法网络机器人控制系统水处理污泥降解"
        + "土壤修复作物育种疫苗抗体药物递送医疗影像钢铁焊接涂层腐蚀轴承齿轮发动机航天卫星通信雷达";

    internal static readonly string[] Regions = ["华北", "华东", "西南"];

    [Fact]
    public async Task Pruned_search_finds_exactly_the_hits_scores_and_terms_of_the_exhaustive_one()
    {
        var random = new Random(20261207);
        var words = Enumerable.Range(0, 600).Select(_ => Word(random)).Distinct().ToArray();
        using var pruned = new EmbeddedIndex();
        using var exhaustive = new EmbeddedIndex(EmbeddedIndexOptions.Matching with { ExhaustiveSearch = true });
        var documents = Enumerable.Range(0, 6000).Select(_ => Document(random, words)).ToList();
        var replaced = documents
            .Where((_, i) => i % 7 == 0)
            .Select(d => d with { Text = Text(random, words, 40) })
            .ToList();
        foreach (var index in new[] { pruned, exhaustive })
        {
            await index.UpsertAsync(documents);
            await index.UpsertAsync(replaced);
            foreach (var removed in documents.Where((_, i) => i % 11 == 0))
            {
                await index.RemoveAsync(ListingKind.Achievement, removed.Id);
            }
        }

        for (var q = 0; q < 400; q++)
        {
            var filter = new ListingFilter(ListingKind.Achievement)
            {
                ActiveOnly = random.Next(4) != 0,
                Attributes =
                    random.Next(3) == 0
                        ? new Dictionary<string, string> { ["region"] = Regions[random.Next(3)] }
                        : ListingDocument.NoAttributes,
            };
            var query = new ListingQuery(
                Text(random, words, random.Next(2, 60)),
                filter,
                random.Next(3) switch
                {
                    0 => 1,
                    1 => 10,
                    _ => 100,
                }
            );

            var expected = exhaustive.Search(query);
            var actual = pruned.Search(query);

            actual.Count.ShouldBe(expected.Count, query.Text);
            for (var i = 0; i < expected.Count; i++)
            {
                actual[i].Id.ShouldBe(expected[i].Id, $"hit {i} of {query.Text}");
                // Exact, not within a tolerance.
                actual[i].Score.ShouldBe(expected[i].Score, $"hit {i} of {query.Text}");
                actual[i].Relevance.ShouldBe(expected[i].Relevance);
                actual[i].MatchedTerms.ShouldBe(expected[i].MatchedTerms);
            }
        }
    }

    internal static ListingDocument Document(Random random, string[] words) =>
        new(
            Guid.NewGuid(),
            ListingKind.Achievement,
            Text(random, words, random.Next(1, 5)),
            Text(random, words, random.Next(5, 120)),
            random.Next(4) == 0 ? [Words(random, words, 1), Words(random, words, 1)] : [],
            random.Next(5) != 0,
            new Dictionary<string, string> { ["region"] = Regions[random.Next(3)] }
        );

    internal static string Text(Random random, string[] words, int count) =>
        string.Join(random.Next(3) == 0 ? "，" : "", Enumerable.Range(0, count).Select(_ => Words(random, words, 1)));

    private static string Words(Random random, string[] words, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => words[Zipf(random, words.Length)]));

    /// <summary>Rank r drawn with probability about 1/r: a few words everywhere, most rare.</summary>
    private static int Zipf(Random random, int count) =>
        (int)Math.Min(count - 1, Math.Exp(random.NextDouble() * Math.Log(count)) - 1);

    internal static string Word(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Characters[random.Next(Characters.Length)]));
}
