namespace JjjMatch.Matching.Engine.Search.Elasticsearch;

/// <summary>
/// Configuration section "Search:Elasticsearch": the cluster, and every setting the adapter sends it.
/// </summary>
public sealed record ElasticsearchOptions
{
    /// <summary>The cluster's URL.</summary>
    public string Url { get; init; } = "http://localhost:9200/";

    /// <summary>
    /// Each listing kind lives in its own index, "{prefix}-achievement" and "{prefix}-demand", so each gets its own
    /// term statistics.
    /// </summary>
    public string IndexPrefix { get; init; } = "jjjmatch";

    /// <summary>
    /// number_of_shards of a new index. One keeps term statistics exact, as in the embedded index, at this market's
    /// size.
    /// </summary>
    public int Shards { get; init; } = 1;

    /// <summary>
    /// As in the embedded index: long texts are reduced to this many most telling terms (more_like_this's
    /// max_query_terms).
    /// </summary>
    public int MaxQueryTerms { get; init; } = 32;

    /// <summary>more_like_this's min_term_freq: a short query's terms occur once, and must count.</summary>
    public int MinTermFrequency { get; init; } = 1;

    /// <summary>more_like_this's min_doc_freq: a term in a single listing is the most telling of all.</summary>
    public int MinDocFrequency { get; init; } = 1;

    /// <summary>
    /// more_like_this's minimum_should_match: one shared term makes a candidate; scoring decides the rest.
    /// </summary>
    public string MinimumShouldMatch { get; init; } = "1";

    /// <summary>
    /// Makes writes visible to the next search (refresh=wait_for); for tests, since it slows bulk indexing.
    /// </summary>
    public bool RefreshOnWrite { get; init; }

    public Uri BaseAddress => new(Url.TrimEnd('/') + "/");

    public string IndexName(ListingKind kind) => $"{IndexPrefix}-{KindValue(kind)}";

    public static string KindValue(ListingKind kind) => kind == ListingKind.Achievement ? "achievement" : "demand";
}
