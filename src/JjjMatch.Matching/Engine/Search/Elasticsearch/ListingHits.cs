using Elastic.Clients.Elasticsearch;

namespace JjjMatch.Matching.Engine.Search.Elasticsearch;

/// <summary>
/// Hits of a search response: relevance is the score relative to the best hit; matched terms are the highlighted
/// spans, most frequent first.
/// </summary>
internal static class ListingHits
{
    public static IReadOnlyList<ListingHit> From<TDocument>(SearchResponse<TDocument> response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.HitsMetadata?.MaxScore is not { } maxScore)
        {
            return [];
        }

        return
        [
            .. response.HitsMetadata.Hits.Select(hit =>
            {
                var score = hit.Score ?? 0;
                return new ListingHit(
                    Guid.Parse(hit.Id!),
                    score,
                    maxScore > 0 ? score / maxScore : 0,
                    MatchedTerms(hit.Highlight)
                );
            }),
        ];
    }

    public static IReadOnlyList<string> MatchedTerms(
        IReadOnlyDictionary<string, IReadOnlyCollection<string>>? highlight
    )
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fragment in highlight?.Values.SelectMany(f => f) ?? [])
        {
            CountHighlighted(fragment, counts);
        }

        return
        [
            .. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key),
        ];
    }

    private static void CountHighlighted(string fragment, Dictionary<string, int> counts)
    {
        var start = fragment.IndexOf(ListingSearch.HighlightStart, StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = fragment.IndexOf(ListingSearch.HighlightEnd, start, StringComparison.Ordinal);
            if (end < 0)
            {
                return;
            }

            var term = fragment[(start + 1)..end].ToLowerInvariant();
            counts[term] = counts.GetValueOrDefault(term) + 1;
            start = fragment.IndexOf(ListingSearch.HighlightStart, end, StringComparison.Ordinal);
        }
    }
}
