using JjjMatch.Bench.Quality;

namespace JjjMatch.Bench.Tests.Quality;

public sealed class TitleCopyReportTests
{
    private static readonly BeirDataset Dataset = new(
        [
            new BeirDocument("judged", "自适应熵编码器", "流水线结构"),
            new BeirDocument("copy", " 自适应熵编码器 ", "现有技术的问题：算术编码复杂"),
            new BeirDocument("other", "帧间模式选择方法", "编码复杂度"),
            new BeirDocument("untitled-a", "", "a"),
            new BeirDocument("untitled-b", "", "b"),
        ],
        [new BeirQuery("q1", "算术编码复杂"), new BeirQuery("q2", "帧间"), new BeirQuery("q3", "a")],
        new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["q1"] = new Dictionary<string, double> { ["judged"] = 1 },
            ["q2"] = new Dictionary<string, double> { ["other"] = 1 },
            ["q3"] = new Dictionary<string, double> { ["untitled-a"] = 1 },
        }
    );

    [Fact]
    public void A_copy_above_the_judged_document_is_counted_and_left_out_of_the_second_figures()
    {
        var report = TitleCopyReport.Of(Dataset, [("q1", ["copy", "judged", "other"]), ("q2", ["other", "copy"])]);

        report.QueriesOutrankedByCopy.ShouldBe(1);
        report.Queries.ShouldBe(2);
        report.WithoutCopies.NdcgAt10.ShouldBe(1.0);
        report.WithoutCopies.MrrAt10.ShouldBe(1.0);
    }

    [Fact]
    public void A_copy_below_the_judged_document_changes_nothing()
    {
        var report = TitleCopyReport.Of(Dataset, [("q1", ["other", "judged", "copy"])]);

        report.QueriesOutrankedByCopy.ShouldBe(0);
        report.WithoutCopies.MrrAt10.ShouldBe(0.5);
    }

    [Fact]
    public void Documents_without_a_title_are_never_copies_of_each_other()
    {
        var report = TitleCopyReport.Of(Dataset, [("q3", ["untitled-b", "untitled-a"])]);

        report.QueriesOutrankedByCopy.ShouldBe(0);
        report.WithoutCopies.MrrAt10.ShouldBe(0.5);
        report.Line.ShouldStartWith("same-title copies: 0 of 1 queries");
    }
}
