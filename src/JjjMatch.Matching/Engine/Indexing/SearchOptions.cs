using JjjMatch.Matching.Engine.Search.Elasticsearch;

namespace JjjMatch.Matching.Engine.Indexing;

public enum SearchProvider
{
    /// <summary>The in-process index of the matcher's own (its reference implementation of the method).</summary>
    Embedded,

    /// <summary>In process too, on Lucene.Net's postings: the same ranking, the index on disk and mapped.</summary>
    Lucene,

    Elasticsearch,
}

/// <summary>Configuration section "Search": which index the matcher retrieves candidates from.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    public SearchProvider Provider { get; set; } = SearchProvider.Embedded;

    public ElasticsearchOptions Elasticsearch { get; set; } = new();

    /// <summary>
    /// Folder where the in-process index is kept between runs (the embedded index's file, <see cref="IndexStore"/>,
    /// or Lucene.Net's folders). Unset, the embedded index on SQLite is kept in "matching-index" in the data
    /// directory, otherwise in memory; empty, the index lives in memory only and is rebuilt from the database at every
    /// start.
    /// </summary>
    public string? EmbeddedDirectory { get; set; }

    /// <summary>
    /// How often a changed in-process index is written to <see cref="EmbeddedDirectory"/> (Lucene.Net: committed).
    /// </summary>
    public TimeSpan EmbeddedSaveInterval { get; set; } = TimeSpan.FromMinutes(5);
}
