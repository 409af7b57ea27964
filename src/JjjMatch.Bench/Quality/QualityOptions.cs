using JjjMatch.Matching.Engine.Indexing;
using JjjMatch.Matching.Engine.Search.Embedded;

namespace JjjMatch.Bench.Quality;

public sealed record QualityOptions
{
    public QualityMethod Method { get; init; } = QualityMethod.Matcher;

    /// <summary>Which in-process adapter of the index port ranks: the embedded index or Lucene.Net.</summary>
    public SearchProvider Engine { get; init; } = SearchProvider.Embedded;

    /// <summary>Overrides the matcher's index settings, for measuring one change at a time.</summary>
    public EmbeddedIndexOptions? IndexOptions { get; init; }
}
