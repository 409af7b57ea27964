using JjjMatch.TextAnalysis;

namespace JjjMatch.Matching.Tests.Engine.Search;

public sealed class PorterStemmerTests
{
    // Pairs from Porter's paper and his published vocabulary/output lists.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "ti")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("filing", "file")]
    [InlineData("sized", "size")]
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("rational", "ration")]
    [InlineData("hopefulness", "hope")]
    [InlineData("electrical", "electr")]
    [InlineData("adjustable", "adjust")]
    [InlineData("effective", "effect")]
    [InlineData("controll", "control")]
    [InlineData("generalizations", "gener")]
    [InlineData("oscillators", "oscil")]
    [InlineData("vietnamization", "vietnam")]
    [InlineData("connections", "connect")]
    [InlineData("is", "is")]
    public void Stems_like_the_reference_implementation(string word, string stem)
    {
        PorterStemmer.Stem(word).ShouldBe(stem);
    }
}
