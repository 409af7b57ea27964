using System.Globalization;
using JjjMatch.Matching.Engine.Search;

namespace JjjMatch.Matching.Tests.Engine.Search;

/// <summary>
/// A batch is analysed and added by several threads; the index must come out exactly as if the same documents had
/// been upserted one at a time: same ordinals, term ids, postings and frequencies, hence the same file to the byte.
/// </summary>
public sealed class EmbeddedIndexBatchTests
{
    private const string Characters =
        "电池储能材料催化氢燃料膜光伏硅晶体管芯片传感检测图像算法网络机器人控制系统水处理污泥降解"
        + "土壤修复作物育种疫苗抗体药物递送医疗影像钢铁焊接涂层腐蚀轴承齿轮发动机航天卫星通信雷达";

    private static readonly string[] English = ["sensors", "coating", "battery", "5G", "welding", "x-ray"];

    [Fact]
    public async Task Batches_added_in_parallel_give_the_index_of_one_document_at_a_time()
    {
        var random = new Random(20261207);
        var words = Enumerable.Range(0, 3000).Select(_ => Word(random)).Distinct().ToArray();
        var documents = Enumerable.Range(0, 4000).Select(_ => Document(random, words)).ToList();
        // Replacements, some twice in one batch and mixed with new documents; replacing every document twice
        // leaves more dead postings than live ones, so postings are compacted in between.
        var batches = documents.Chunk(500).ToList();
        for (var round = 0; round < 2; round++)
        {
            var replaced = documents.Select(d => d with { Text = Text(random, words, 30), Revision = round + 1 });
            batches.AddRange(replaced.Chunk(700));
        }

        batches.Add([.. documents.Take(200).Select(d => d with { Title = "重复" }), .. documents.Take(100)]);
        batches.Add([.. Enumerable.Range(0, 300).Select(_ => Document(random, words)), documents[5], documents[7]]);

        using var oneByOne = new EmbeddedIndex();
        using var batched = new EmbeddedIndex();
        foreach (var batch in batches)
        {
            foreach (var document in batch)
            {
                await oneByOne.UpsertAsync([document]);
            }

            await batched.UpsertAsync(batch);
        }

        batched.Count(ListingKind.Achievement).ShouldBeGreaterThan(1000);
        batched.Count(ListingKind.Demand).ShouldBeGreaterThan(1000);
        var expected = File(oneByOne);
        var actual = File(batched);
        // Where the files first differ, rather than two dumps of a megabyte.
        actual.AsSpan().CommonPrefixLength(expected).ShouldBe(expected.Length);
        actual.Length.ShouldBe(expected.Length);
    }

    private static byte[] File(EmbeddedIndex index)
    {
        using var stream = new MemoryStream();
        index.Save(stream);
        return stream.ToArray();
    }

    private static ListingDocument Document(Random random, string[] words) =>
        new(
            Guid.NewGuid(),
            random.Next(2) == 0 ? ListingKind.Achievement : ListingKind.Demand,
            Text(random, words, random.Next(1, 5)),
            Text(random, words, random.Next(5, 150)),
            random.Next(3) == 0 ? [Text(random, words, 1), English[random.Next(English.Length)]] : [],
            random.Next(5) != 0,
            new Dictionary<string, string> { ["region"] = random.Next(3).ToString(CultureInfo.InvariantCulture) }
        );

    private static string Text(Random random, string[] words, int count) =>
        string.Join(
            random.Next(3) == 0 ? " " : "",
            Enumerable
                .Range(0, count)
                .Select(_ =>
                    random.Next(10) == 0 ? English[random.Next(English.Length)] : words[Zipf(random, words.Length)]
                )
        );

    /// <summary>Rank r drawn with probability about 1/r: a few words everywhere, most rare.</summary>
    private static int Zipf(Random random, int count) =>
        (int)Math.Min(count - 1, Math.Exp(random.NextDouble() * Math.Log(count)) - 1);

    private static string Word(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Characters[random.Next(Characters.Length)]));
}
