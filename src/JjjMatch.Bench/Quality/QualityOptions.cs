using JjjMatch.Matching.Engine.Search.Embedded;

namespace JjjMatch.Bench.Quality;

public sealed record QualityOptions
{
    public QualityMethod Method { get; init; } = QualityMethod.Matcher;

    /// <summary>Overrides the matcher's index settings, for measuring one change at a time.</summary>
    public EmbeddedIndexOptions? IndexOptions { get; init; }
}
