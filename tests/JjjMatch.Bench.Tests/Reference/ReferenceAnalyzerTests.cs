using JjjMatch.Bench.Reference;

namespace JjjMatch.Bench.Tests.Reference;

public sealed class ReferenceAnalyzerTests
{
    [Fact]
    public void It_reproduces_the_reference_scripts_tokens()
    {
        // Expected list produced by bm25_reference.py's tokens() on the same string.
        var terms = ReferenceAnalyzer.Instance.Analyze("基于5G的Smart电网：\"a\" OR b* (c) 水 ＡＰＰ naïve 减振器");

        terms.ShouldBe(["基于", "5g", "的", "smart", "电网", "a", "or", "b", "c", "水", "na", "ve", "减振", "振器"]);
    }

    [Fact]
    public void Empty_and_null_text_give_no_terms()
    {
        ReferenceAnalyzer.Instance.Analyze(null).ShouldBeEmpty();
        ReferenceAnalyzer.Instance.Analyze("").ShouldBeEmpty();
    }
}
