using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Engine.Search.Lucene;

namespace JjjMatch.Matching.Tests.Engine.Search.Lucene;

/// <summary>
/// The Lucene adapter's pruned search (MaxScore) is exact: on a market whose term frequencies are skewed as in real
/// text, with several segments, deleted and replaced documents, every query and filter gives the hits of the
/// exhaustive search to the bit (ids, scores, relevance, matched terms, order), while reading fewer postings.
/// </summary>
public sealed class LucenePruningTests : IDisposable
{
    private const string Characters =
        "钢板表面缺陷检测视觉深度学习抗旱小麦品种选育余热回收发电锂电池正极材料高镍轧制厚度控制传感器合金腐蚀";

    private static readonly string[] Latin =
    [
        "magnesium",
        "alloy",
        "corrosion",
        "sensor",
        "battery",
        "cathode",
        "wheat",
        "drought",
        "steel",
        "vision",
    ];

    private static readonly string[] Regions = ["北京", "天津", "河北"];
    private static readonly string[] Fields = ["材料", "农业", "能源", "制造"];

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("jjjmatch-lucene-pruning-");

    [Fact]
    public async Task Pruned_search_gives_the_exhaustive_hits_to_the_bit_while_reading_fewer_postings()
    {
        var random = new Random(20261207);
        var vocabulary = Vocabulary(random, 400);
        using var index = new LuceneListingIndex(folder.FullName);
        var market = new List<ListingDocument>();
        for (var batch = 0; batch < 6; batch++)
        {
            var listings = Enumerable.Range(0, 1000).Select(_ => Listing(random, vocabulary)).ToList();
            await index.UpsertAsync(listings);
            market.AddRange(listings);
            // A search after each batch opens a new segment, as the service's reads do between writes.
            index.Search(new ListingQuery(vocabulary[0], new ListingFilter(ListingKind.Achievement)));
        }

        foreach (var removed in market.Where((_, i) => i % 13 == 0))
        {
            await index.RemoveAsync(removed.Kind, removed.Id);
        }

        await index.UpsertAsync([
            .. market.Where((_, i) => i % 17 == 0).Select(l => Listing(random, vocabulary) with { Id = l.Id }),
        ]);

        var pruned = new LuceneSearchWork();
        var exhaustive = new LuceneSearchWork();
        for (var query = 0; query < 300; query++)
        {
            var filter = Filter(random);
            var text = Text(random, vocabulary, random.Next(2, 60));
            var top = new[] { 1, 3, 10, 50, 100 }[random.Next(5)];
            var listingQuery = new ListingQuery(text, filter, top);
            var expected = Hits(index.Search(listingQuery, exhaustive, exhaustive: true));
            Hits(index.Search(listingQuery, pruned)).ShouldBe(expected, $"{filter} top {top}: {text}");
        }

        pruned.Searches.ShouldBe(300);
        // Here about half the postings and a quarter of the full scorings.
        pruned.PostingMoves.ShouldBeLessThan(exhaustive.PostingMoves * 3 / 4);
        pruned.Scored.ShouldBeLessThan(exhaustive.Scored / 2);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static List<string> Hits(IReadOnlyList<ListingHit> hits) =>
        [.. hits.Select(h => $"{h.Id} {h.Score:R} {h.Relevance:R} {string.Join(',', h.MatchedTerms)}")];

    /// <summary>Words of two to four characters, and a few Latin words.</summary>
    private static List<string> Vocabulary(Random random, int count)
    {
        var words = Enumerable
            .Range(0, count)
            .Select(_ =>
                string.Concat(
                    Enumerable.Range(0, random.Next(2, 5)).Select(_ => Characters[random.Next(Characters.Length)])
                )
            )
            .Concat(Latin)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return [.. words.OrderBy(_ => random.Next())];
    }

    /// <summary>A Zipf-like pick: the first words of the vocabulary are by far the most frequent.</summary>
    private static string Word(Random random, List<string> vocabulary) =>
        vocabulary[(int)(vocabulary.Count * Math.Pow(random.NextDouble(), 3))];

    private static string Text(Random random, List<string> vocabulary, int words) =>
        string.Join(random.Next(2) == 0 ? " " : "", Enumerable.Range(0, words).Select(_ => Word(random, vocabulary)));

    private static ListingDocument Listing(Random random, List<string> vocabulary)
    {
        var attributes = new Dictionary<string, string>();
        if (random.Next(4) != 0)
        {
            attributes["region"] = Regions[random.Next(Regions.Length)];
        }

        if (random.Next(3) != 0)
        {
            attributes["field"] = Fields[random.Next(Fields.Length)];
        }

        return new ListingDocument(
            Guid.NewGuid(),
            random.Next(6) == 0 ? ListingKind.Demand : ListingKind.Achievement,
            Text(random, vocabulary, random.Next(1, 6)),
            Text(random, vocabulary, random.Next(5, 120)),
            [.. Enumerable.Range(0, random.Next(4)).Select(_ => Word(random, vocabulary))],
            random.Next(8) != 0,
            attributes
        );
    }

    private static ListingFilter Filter(Random random)
    {
        var attributes = new Dictionary<string, string>();
        if (random.Next(3) == 0)
        {
            attributes["region"] = Regions[random.Next(Regions.Length)];
        }

        if (random.Next(4) == 0)
        {
            attributes["field"] = Fields[random.Next(Fields.Length)];
        }

        return new ListingFilter(random.Next(5) == 0 ? ListingKind.Demand : ListingKind.Achievement)
        {
            ActiveOnly = random.Next(4) != 0,
            Attributes = attributes,
        };
    }
}
