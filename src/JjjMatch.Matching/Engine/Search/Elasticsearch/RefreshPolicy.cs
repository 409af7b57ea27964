namespace JjjMatch.Matching.Engine.Search.Elasticsearch;

/// <summary>When the adapter's writes become visible to searches: Elasticsearch's <c>refresh</c> parameter.</summary>
public enum RefreshPolicy
{
    /// <summary><c>refresh=false</c>: at the index's next periodic refresh (one second by default).</summary>
    None,

    /// <summary><c>refresh=wait_for</c>: a write returns once a refresh has made it visible; for tests.</summary>
    WaitFor,

    /// <summary><c>refresh=true</c>: refreshes the written shards at once; costly under load.</summary>
    Immediate,
}
