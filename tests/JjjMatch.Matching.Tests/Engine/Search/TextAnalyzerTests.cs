using JjjMatch.TextAnalysis;

namespace JjjMatch.Matching.Tests.Engine.Search;

public sealed class TextAnalyzerTests
{
    [Fact]
    public void Chinese_runs_become_bigrams_plus_unigrams()
    {
        var terms = TextAnalyzer.Matching.Analyze("减振器，水");

        terms.ShouldBe(["减振", "振器", "减", "振", "器", "水"]);
    }

    [Fact]
    public void English_words_are_lowercased_stemmed_and_stripped_of_stop_words()
    {
        var terms = TextAnalyzer.Matching.Analyze("The Matching of Technology Achievements");

        terms.ShouldBe(["match", "technolog", "achiev"]);
    }

    [Fact]
    public void Mixed_text_keeps_both_languages_and_folds_full_width_letters()
    {
        var terms = TextAnalyzer.Matching.Analyze("基于ＡＰＰ的smart sensors检测");

        terms.ShouldBe(["基于", "基", "于", "app", "的", "smart", "sensor", "检测", "检", "测"]);
    }

    [Theory]
    [InlineData("\"sensor\" OR array*", new[] { "sensor", "arrai" })]
    [InlineData("title:(传感器) AND \\path", new[] { "titl", "传感", "感器", "传", "感", "器", "path" })]
    [InlineData("[]{}*?~^:\\\"'", new string[0])]
    public void Query_syntax_characters_are_only_separators(string text, string[] expected)
    {
        TextAnalyzer.Matching.Analyze(text).ShouldBe(expected);
    }

    [Fact]
    public void Empty_and_null_text_give_no_terms()
    {
        TextAnalyzer.Matching.Analyze(null).ShouldBeEmpty();
        TextAnalyzer.Matching.Analyze("").ShouldBeEmpty();
    }
}
