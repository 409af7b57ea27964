using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Engine.Search.Lucene;

namespace JjjMatch.Matching.Tests.Engine.Search.Lucene;

/// <summary>
/// The Lucene.Net adapter ranks as the embedded index does, to the bit, and its folder survives a crash: it opens as of
/// the last commit, and a folder that does not open is set aside so the loader rebuilds.
/// </summary>
public sealed class LuceneListingIndexTests : IDisposable
{
    private static readonly string[] Words =
    [
        "钢板",
        "表面",
        "缺陷",
        "检测",
        "视觉",
        "深度学习",
        "抗旱",
        "小麦",
        "品种",
        "选育",
        "余热",
        "回收",
        "发电",
        "锂电池",
        "正极",
        "材料",
        "高镍",
        "轧制",
        "厚度",
        "控制",
        "magnesium",
        "alloy",
        "corrosion",
        "sensor",
    ];

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("jjjmatch-lucene-index-");

    [Fact]
    public async Task Ranks_every_query_exactly_as_the_embedded_index()
    {
        var market = Market(400);
        using var embedded = new EmbeddedIndex();
        using var lucene = new LuceneListingIndex(folder.FullName);
        foreach (var batch in market.Chunk(64))
        {
            await embedded.UpsertAsync(batch);
            await lucene.UpsertAsync(batch);
        }

        var random = new Random(7);
        for (var query = 0; query < 40; query++)
        {
            var text = Text(random, 12);
            var kind = query % 4 == 0 ? ListingKind.Demand : ListingKind.Achievement;
            var filter = new ListingFilter(kind) { ActiveOnly = query % 3 != 0 };
            Hits(lucene.Search(new ListingQuery(text, filter, 50)))
                .ShouldBe(Hits(embedded.Search(new ListingQuery(text, filter, 50))), text);
        }

        lucene
            .Revisions(ListingKind.Achievement)
            .OrderBy(r => r.Key)
            .ShouldBe(embedded.Revisions(ListingKind.Achievement).OrderBy(r => r.Key));
    }

    [Fact]
    public async Task After_a_crash_the_folder_opens_as_of_the_last_commit()
    {
        var committed = Listings.Achievement("钢板表面缺陷视觉检测系统", "划痕 裂纹") with { Revision = 3 };
        var uncommitted = Listings.Achievement("抗旱小麦新品种选育", "分子标记") with { Revision = 5 };
        var crashImage = Path.Combine(folder.FullName, "crash-image");
        using (var running = new LuceneListingIndex(Path.Combine(folder.FullName, "running")))
        {
            await running.UpsertAsync([committed]);
            running.SaveIfChanged().ShouldBeTrue();
            await running.UpsertAsync([uncommitted]);
            running.Search(Listings.For(ListingKind.Achievement, "抗旱小麦")).ShouldNotBeEmpty();
            // What a kill -9 leaves on disk now: the files as they are, with the writer still open.
            Copy(Path.Combine(folder.FullName, "running"), crashImage);
        }

        using var reopened = new LuceneListingIndex(crashImage);
        reopened.TryOpen().ShouldBeTrue();
        reopened.Revisions(ListingKind.Achievement).ShouldBe(new Dictionary<Guid, long> { [committed.Id] = 3 });
        reopened.Search(Listings.For(ListingKind.Achievement, "钢板")).Single().Id.ShouldBe(committed.Id);
        reopened.Search(Listings.For(ListingKind.Achievement, "抗旱小麦")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_folder_that_does_not_open_is_set_aside_and_the_index_starts_empty()
    {
        var path = Path.Combine(folder.FullName, "damaged");
        using (var original = new LuceneListingIndex(path))
        {
            await original.UpsertAsync([Listings.Achievement("钢板表面缺陷视觉检测系统", "划痕 裂纹")]);
            original.SaveIfChanged();
        }

        var achievements = Path.Combine(path, "achievement");
        foreach (var file in Directory.GetFiles(achievements, "segments_*"))
        {
            await File.WriteAllBytesAsync(file, [1, 2, 3, 4, 5, 6, 7, 8]);
        }

        using var reopened = new LuceneListingIndex(path);
        reopened.TryOpen().ShouldBeTrue();
        reopened.Count(ListingKind.Achievement).ShouldBe(0);
        Directory.Exists(achievements + ".bad").ShouldBeTrue();
        await reopened.UpsertAsync([Listings.Achievement("抗旱小麦", "品种")]);
        reopened.Count(ListingKind.Achievement).ShouldBe(1);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static List<string> Hits(IReadOnlyList<ListingHit> hits) =>
        [.. hits.Select(h => $"{h.Id} {h.Score:R} {h.Relevance:R} {string.Join(',', h.MatchedTerms)}")];

    private static List<ListingDocument> Market(int count)
    {
        var random = new Random(20261207);
        return
        [
            .. Enumerable
                .Range(0, count)
                .Select(i =>
                    new ListingDocument(
                        Guid.NewGuid(),
                        i % 5 == 0 ? ListingKind.Demand : ListingKind.Achievement,
                        Text(random, 3),
                        Text(random, 30),
                        [.. Enumerable.Range(0, random.Next(3)).Select(_ => Words[random.Next(Words.Length)])],
                        i % 7 != 0,
                        ListingDocument.NoAttributes
                    ) with
                    {
                        Revision = i,
                    }
                ),
        ];
    }

    private static string Text(Random random, int words) =>
        string.Join(
            random.Next(2) == 0 ? " " : "",
            Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)])
        );

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            if (!file.EndsWith("write.lock", StringComparison.Ordinal))
            {
                File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
            }
        }
    }
}
