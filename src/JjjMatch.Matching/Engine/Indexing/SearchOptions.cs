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
}
