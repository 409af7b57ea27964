using JjjMatch.Matching.Engine.Search;

namespace JjjMatch.Matching.Tests.Engine.Search;

/// <summary>
/// An index opened from its file reads its postings and term lists in the mapped file; what is written afterwards
/// goes on the heap behind them until the next save. Through all of that it must answer exactly as an index that
/// kept everything on the heap and took the same writes.
/// </summary>
public sealed class MappedIndexFileTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("jjjmatch-mapped-index-");

    [Fact]
    public async Task A_mapped_index_with_writes_after_opening_answers_exactly_as_one_on_the_heap()
    {
        var random = new Random(20261207);
        var words = Enumerable.Range(0, 400).Select(_ => MaxScoreSearchTests.Word(random)).Distinct().ToArray();
        var path = Path.Combine(folder.FullName, "index.bin");
        using var heap = new EmbeddedIndex();
        using var mapped = new EmbeddedIndex();
        var documents = Enumerable.Range(0, 3000).Select(_ => MaxScoreSearchTests.Document(random, words)).ToList();
        await ApplyAsync([heap, mapped], documents, []);
        var onHeap = heap.HeapListBytes();

        mapped.Save(path);

        // Only the skip entries stay on the heap (two ints per 128 postings).
        mapped.HeapListBytes().ShouldBeLessThan(onHeap / 10);
        Compare(heap, mapped, random, words);

        // Past the end of the mapped postings: new documents, replaced ones (new postings of old terms, dead ones in
        // the file) and removed ones (their term lists read in the file).
        var added = Enumerable.Range(0, 1500).Select(_ => MaxScoreSearchTests.Document(random, words)).ToList();
        var replaced = documents
            .Where((_, i) => i % 5 == 0)
            .Select(d => d with { Text = MaxScoreSearchTests.Text(random, words, 30) })
            .ToList();
        await ApplyAsync([heap, mapped], [.. added, .. replaced], [.. documents.Where((_, i) => i % 9 == 0)]);
        Compare(heap, mapped, random, words);

        mapped.Save(path);
        mapped.HeapListBytes().ShouldBeLessThan(heap.HeapListBytes() / 10);
        Compare(heap, mapped, random, words);
        using var reopened = new EmbeddedIndex();
        reopened.Load(path);

        Compare(heap, reopened, random, words);

        // Removing most documents compacts the postings (mapped ones onto the heap).
        await ApplyAsync([heap, mapped], [], [.. documents.Where((_, i) => i % 9 != 0), .. added.Take(1000)]);
        Compare(heap, mapped, random, words);
    }

    [Fact]
    public async Task A_cut_or_altered_file_is_refused_before_anything_is_mapped_in_its_place()
    {
        using var original = await EmbeddedIndexFileTests.MarketAsync();
        var path = Path.Combine(folder.FullName, "index.bin");
        original.Save(path);
        var bytes = await File.ReadAllBytesAsync(path);
        using var target = new EmbeddedIndex();
        await target.UpsertAsync([Listings.Achievement("保留", "原有文档")]);

        foreach (var damaged in new[] { bytes[..(bytes.Length / 2)], Altered(bytes, bytes.Length / 2) })
        {
            await File.WriteAllBytesAsync(path, damaged);
            var error = Should.Throw<Exception>(() => target.Load(path));
            (error is InvalidDataException or EndOfStreamException).ShouldBeTrue(error.ToString());
            target.Search(Listings.For(ListingKind.Achievement, "原有文档")).Count.ShouldBe(1);
        }
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static byte[] Altered(byte[] bytes, int position)
    {
        var copy = (byte[])bytes.Clone();
        copy[position] ^= 0x5a;
        return copy;
    }

    private static async Task ApplyAsync(
        EmbeddedIndex[] indexes,
        IReadOnlyList<ListingDocument> upserts,
        IReadOnlyList<ListingDocument> removals
    )
    {
        foreach (var index in indexes)
        {
            await index.UpsertAsync(upserts);
            foreach (var removed in removals)
            {
                await index.RemoveAsync(ListingKind.Achievement, removed.Id);
            }
        }
    }

    private static void Compare(EmbeddedIndex expected, EmbeddedIndex actual, Random random, string[] words)
    {
        actual.Count(ListingKind.Achievement).ShouldBe(expected.Count(ListingKind.Achievement));
        actual
            .Revisions(ListingKind.Achievement)
            .OrderBy(r => r.Key)
            .ShouldBe(expected.Revisions(ListingKind.Achievement).OrderBy(r => r.Key));
        for (var q = 0; q < 150; q++)
        {
            var filter = new ListingFilter(ListingKind.Achievement)
            {
                ActiveOnly = random.Next(4) != 0,
                Attributes =
                    random.Next(3) == 0
                        ? new Dictionary<string, string> { ["region"] = MaxScoreSearchTests.Regions[random.Next(3)] }
                        : ListingDocument.NoAttributes,
            };
            var query = new ListingQuery(
                MaxScoreSearchTests.Text(random, words, random.Next(2, 60)),
                filter,
                random.Next(2) == 0 ? 10 : 100
            );
            actual
                .Search(query)
                .Select(h => $"{h.Id} {h.Score:R} {h.Relevance:R} {string.Join(',', h.MatchedTerms)}")
                .ShouldBe(
                    expected
                        .Search(query)
                        .Select(h => $"{h.Id} {h.Score:R} {h.Relevance:R} {string.Join(',', h.MatchedTerms)}"),
                    query.Text
                );
        }
    }
}
