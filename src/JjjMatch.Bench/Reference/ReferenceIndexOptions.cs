using JjjMatch.Matching.Engine.Search.Embedded;

namespace JjjMatch.Bench.Reference;

public static class ReferenceIndexOptions
{
    /// <summary>
    /// The embedded index as plain BM25 (k1 = 1.2, b = 0.75) over the reference analysis, each distinct query term
    /// once: what the reference script computes.
    /// </summary>
    public static EmbeddedIndexOptions Bm25 { get; } =
        EmbeddedIndexOptions.Matching with
        {
            Analyzer = ReferenceAnalyzer.Instance,
            TitleWeight = 1,
            KeywordsWeight = 1,
            TitleB = 0.75,
            KeywordsB = 0.75,
            UnigramWeight = 1,
            MaxQueryTerms = int.MaxValue,
            QueryTermSaturation = null,
        };
}
