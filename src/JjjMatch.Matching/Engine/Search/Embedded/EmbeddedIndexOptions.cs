using JjjMatch.TextAnalysis;

namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// Analysis and BM25F parameters of the embedded index. The defaults are the matcher's method
/// (docs/matching.md explains each).
/// </summary>
public sealed record EmbeddedIndexOptions
{
    public static EmbeddedIndexOptions Matching { get; } = new();

    public ITextAnalyzer Analyzer { get; init; } = TextAnalyzer.Matching;

    public double K1 { get; init; } = 1.2;

    public double TextB { get; init; } = 0.75;

    public double TitleB { get; init; } = 0.75;

    public double KeywordsB { get; init; } = 0.75;

    public double TextWeight { get; init; } = 1;

    public double TitleWeight { get; init; } = 2;

    public double KeywordsWeight { get; init; } = 2;

    /// <summary>Query weight of a CJK unigram relative to a bigram or word.</summary>
    public double UnigramWeight { get; init; } = 0.3;

    /// <summary>
    /// Long queries keep only this many terms, the ones with the highest tf-idf (as more_like_this does).
    /// </summary>
    public int MaxQueryTerms { get; init; } = 32;

    /// <summary>
    /// BM25's k3: how fast a repeated query term's weight saturates; null counts each distinct term once.
    /// </summary>
    public double? QueryTermSaturation { get; init; }

    /// <summary>
    /// Scores every posting of the query terms instead of pruning with MaxScore: the same hits, slower; kept as the
    /// reference the pruned search is tested against.
    /// </summary>
    public bool ExhaustiveSearch { get; init; }
}
