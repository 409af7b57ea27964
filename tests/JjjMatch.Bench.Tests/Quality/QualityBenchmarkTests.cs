using JjjMatch.Bench.Quality;
using JjjMatch.Testing;

namespace JjjMatch.Bench.Tests.Quality;

public sealed class QualityBenchmarkTests
{
    [Theory]
    [InlineData("zhibei-problem-to-achievement", 0.8484, 0.8511, 0.8962, 0.9868)]
    [InlineData("csl-keywords-to-abstract", 0.9878, 0.9849, 0.9965, 0.9980)]
    public async Task Bm25_reference_method_agrees_with_the_reference_script(
        string set,
        double ndcg,
        double mrr,
        double recall10,
        double recall50
    )
    {
        // The figures bm25_reference.py prints for these sets.
        var result = await QualityBenchmark.RunAsync(
            SharedData.BenchSet(set),
            TextWriter.Null,
            new QualityOptions { Method = QualityMethod.Bm25Reference }
        );

        result.Metrics.NdcgAt10.ShouldBe(ndcg, 0.0005);
        result.Metrics.MrrAt10.ShouldBe(mrr, 0.0005);
        result.Metrics.RecallAt10.ShouldBe(recall10, 0.0005);
        result.Metrics.RecallAt50.ShouldBe(recall50, 0.0005);
    }

    [Theory]
    [InlineData("zhibei-problem-to-achievement", 0.8484)]
    [InlineData("csl-keywords-to-abstract", 0.9878)]
    public async Task Matcher_ranks_at_least_as_well_as_the_reference(string set, double referenceNdcg)
    {
        var result = await QualityBenchmark.RunAsync(SharedData.BenchSet(set), TextWriter.Null);

        result.Metrics.NdcgAt10.ShouldBeGreaterThanOrEqualTo(referenceNdcg);
    }

    [Fact]
    public async Task The_summary_is_the_last_line_in_the_fixed_format()
    {
        var output = new StringWriter();

        var result = await QualityBenchmark.RunAsync(
            SharedData.BenchSet("zhibei-problem-to-achievement"),
            output,
            new QualityOptions { Method = QualityMethod.Bm25Reference }
        );

        var lastLine = output.ToString().TrimEnd('\n', '\r').Split('\n')[^1].TrimEnd('\r');
        lastLine.ShouldBe("nDCG@10=0.8484 MRR@10=0.8511 Recall@10=0.8962 Recall@50=0.9868 queries=114");
        result.Queries.ShouldBe(114);
    }

    [Fact]
    public async Task A_directory_that_is_not_a_dataset_is_reported_clearly()
    {
        var failure = await Should.ThrowAsync<FileNotFoundException>(() =>
            QualityBenchmark.RunAsync(Path.GetTempPath(), TextWriter.Null)
        );

        failure.Message.ShouldContain("corpus.jsonl");
    }
}
