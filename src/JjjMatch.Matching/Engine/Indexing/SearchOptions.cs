using JjjMatch.Matching.Engine.Search.Elasticsearch;

namespace JjjMatch.Matching.Engine.Indexing;

public enum SearchProvider
{
    Embedded,
    Elasticsearch,
}

/// <summary>Configuration section "Search": which index the matcher retrieves candidates from.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    public SearchProvider Provider { get; set; } = SearchProvider.Embedded;

    public ElasticsearchOptions Elasticsearch { get; set; } = new();

    /// <summary>
    /// Folder where the embedded index is kept between runs (<see cref="IndexStore"/>); unset, it lives in memory
    /// only and is rebuilt from the database at every start.
    /// </summary>
    public string? EmbeddedDirectory { get; set; }

    /// <summary>How often a changed embedded index is written to <see cref="EmbeddedDirectory"/>.</summary>
    public TimeSpan EmbeddedSaveInterval { get; set; } = TimeSpan.FromMinutes(5);
}
