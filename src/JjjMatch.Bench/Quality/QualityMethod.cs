namespace JjjMatch.Bench.Quality;

public enum QualityMethod
{
    /// <summary>The production path: the matcher's index settings, retrieval and scoring.</summary>
    Matcher,

    /// <summary>
    /// Plain BM25 (k1 = 1.2, b = 0.75) over the reference analysis, title and text as one field: must agree with
    /// bm25_reference.py.
    /// </summary>
    Bm25Reference,
}
