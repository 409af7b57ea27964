using JjjMatch.Matching.Engine.Search;

namespace JjjMatch.Matching.Tests.Engine.Search;

/// <summary>The embedded index written to a file and read back: the same index, or refused as a whole.</summary>
public sealed class EmbeddedIndexFileTests
{
    private static readonly string[] Queries =
    [
        "钢板表面缺陷视觉检测",
        "抗旱小麦品种 分子标记",
        "余热回收发电 高炉煤气",
        "magnesium alloy corrosion",
        "锂电池 正极材料",
    ];

    [Fact]
    public async Task A_saved_index_reads_back_ranking_every_query_exactly_as_before()
    {
        using var original = await MarketAsync();
        using var stream = new MemoryStream();
        original.Save(stream);
        stream.Position = 0;

        using var reopened = new EmbeddedIndex();
        reopened.Load(stream);

        foreach (var kind in Enum.GetValues<ListingKind>())
        {
            reopened.Count(kind).ShouldBe(original.Count(kind));
            reopened.Revisions(kind).Values.ShouldContain(kind == ListingKind.Achievement ? 42 : 0);
            reopened.Revisions(kind).OrderBy(r => r.Key).ShouldBe(original.Revisions(kind).OrderBy(r => r.Key));
            foreach (var text in Queries)
            {
                Hits(reopened, kind, text).ShouldBe(Hits(original, kind, text));
            }
        }

        var filtered = new ListingQuery(
            "钢板 检测",
            new ListingFilter(ListingKind.Achievement)
            {
                Attributes = new Dictionary<string, string> { ["province"] = "Hebei" },
            }
        );
        reopened.Search(filtered).Select(h => h.Id).ShouldBe(original.Search(filtered).Select(h => h.Id));
        reopened.Search(filtered).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_reopened_index_takes_changes_like_the_one_it_was_saved_from()
    {
        using var original = await MarketAsync();
        using var stream = new MemoryStream();
        original.Save(stream);
        stream.Position = 0;
        using var reopened = new EmbeddedIndex();
        reopened.Load(stream);

        foreach (var index in new[] { original, reopened })
        {
            await index.UpsertAsync([Listings.Achievement("钢板检测新方法", "钢板表面缺陷 在线检测", id: Id(1))]);
            await index.RemoveAsync(ListingKind.Achievement, Id(2));
        }

        Hits(reopened, ListingKind.Achievement, "钢板表面缺陷")
            .ShouldBe(Hits(original, ListingKind.Achievement, "钢板表面缺陷"));
    }

    [Fact]
    public async Task A_file_with_any_byte_changed_is_refused_and_the_index_keeps_what_it_had()
    {
        using var original = await MarketAsync();
        var bytes = Save(original);
        using var target = new EmbeddedIndex();
        await target.UpsertAsync([Listings.Achievement("保留", "原有文档")]);

        foreach (
            var position in new[] { 0, 9, bytes.Length / 3, bytes.Length / 2, bytes.Length - 40, bytes.Length - 1 }
        )
        {
            var damaged = (byte[])bytes.Clone();
            damaged[position] ^= 0x5a;

            Should
                .Throw<Exception>(() => target.Load(new MemoryStream(damaged)))
                .ShouldSatisfyAllConditions(e =>
                    (e is InvalidDataException or EndOfStreamException).ShouldBeTrue(e.ToString())
                );
        }

        target.Count(ListingKind.Achievement).ShouldBe(1);
    }

    [Fact]
    public async Task A_file_cut_anywhere_is_refused()
    {
        using var original = await MarketAsync();
        var bytes = Save(original);
        using var target = new EmbeddedIndex();

        for (var length = 0; length < bytes.Length; length += Math.Max(1, bytes.Length / 97))
        {
            var cut = bytes[..length];
            var error = Should.Throw<Exception>(() => target.Load(new MemoryStream(cut)));
            (error is InvalidDataException or EndOfStreamException).ShouldBeTrue(error.ToString());
        }

        Should.Throw<InvalidDataException>(() => target.Load(new MemoryStream([.. bytes, 0])));
    }

    internal static async Task<EmbeddedIndex> MarketAsync()
    {
        var index = new EmbeddedIndex();
        var hebei = new Dictionary<string, string> { ["province"] = "Hebei" };
        await index.UpsertAsync([
            Listings.Achievement(
                "钢板表面缺陷视觉检测系统",
                "基于深度学习识别划痕和裂纹",
                attributes: hebei,
                id: Id(1)
            ),
            Listings.Achievement("抗旱小麦新品种选育", "分子标记辅助选择 抗旱 高产", id: Id(2)),
            Listings.Achievement("高炉煤气余热回收发电", "余热 发电 节能", attributes: hebei, id: Id(3)),
            Listings.Achievement("Magnesium alloy", "corrosion resistant magnesium alloys", id: Id(4)),
            Listings.Achievement("锂电池正极材料", "高镍三元 正极 材料", id: Id(5)),
            Listings.Achievement("钢板轧制工艺", "轧制 钢板 厚度控制", active: false, id: Id(6)),
            Listings.Demand("需要钢板检测方案", "在线检测钢板表面缺陷", id: Id(7)),
            Listings.Demand("寻找抗旱小麦品种", "华北 抗旱", id: Id(8)),
        ]);
        // A replaced and a removed document leave dead postings behind: the file must carry those too.
        await index.UpsertAsync([
            Listings.Achievement("锂电池正极材料制备", "高镍三元 正极 材料 制备", id: Id(5)) with
            {
                Revision = 42,
            },
        ]);
        await index.RemoveAsync(ListingKind.Demand, Id(8));
        return index;
    }

    internal static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    internal static byte[] Save(EmbeddedIndex index)
    {
        using var stream = new MemoryStream();
        index.Save(stream);
        return stream.ToArray();
    }

    private static List<string> Hits(EmbeddedIndex index, ListingKind kind, string text) =>
        [
            .. index
                .Search(Listings.For(kind, text))
                .Select(h => $"{h.Id} {h.Score:R} {h.Relevance:R} {string.Join(',', h.MatchedTerms)}"),
        ];
}
