namespace JjjMatch.Matching.Indexing;

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

    public ElasticsearchSettings Elasticsearch { get; set; } = new();

    public sealed class ElasticsearchSettings
    {
        public string Url { get; set; } = "http://localhost:9200/";

        public string IndexPrefix { get; set; } = "jjjmatch";
    }
}
