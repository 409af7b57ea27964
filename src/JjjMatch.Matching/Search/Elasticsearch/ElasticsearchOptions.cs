namespace JjjMatch.Matching.Search.Elasticsearch;

public sealed record ElasticsearchOptions
{
    /// <summary>Each listing kind lives in its own index, "{prefix}-achievement" and "{prefix}-demand", so each gets its own term statistics.</summary>
    public string IndexPrefix { get; init; } = "jjjmatch";

    /// <summary>As in the embedded index: long texts are reduced to this many most telling terms (more_like_this's max_query_terms).</summary>
    public int MaxQueryTerms { get; init; } = 32;

    /// <summary>Makes writes visible to the next search (refresh=wait_for); for tests, since it slows bulk indexing.</summary>
    public bool RefreshOnWrite { get; init; }

    public string IndexName(ListingKind kind) => $"{IndexPrefix}-{KindValue(kind)}";

    public static string KindValue(ListingKind kind) => kind == ListingKind.Achievement ? "achievement" : "demand";
}
