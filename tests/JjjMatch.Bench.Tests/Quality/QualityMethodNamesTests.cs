using JjjMatch.Bench.Quality;

namespace JjjMatch.Bench.Tests.Quality;

public sealed class QualityMethodNamesTests
{
    [Theory]
    [InlineData("matcher", QualityMethod.Matcher)]
    [InlineData("BM25-Reference", QualityMethod.Bm25Reference)]
    public void Parses_the_command_line_spellings(string name, QualityMethod expected)
    {
        QualityMethodNames.Parse(name).ShouldBe(expected);
    }

    [Fact]
    public void An_unknown_method_names_the_valid_ones()
    {
        Should
            .Throw<ArgumentException>(() => QualityMethodNames.Parse("tfidf"))
            .Message.ShouldContain("bm25-reference");
    }
}
