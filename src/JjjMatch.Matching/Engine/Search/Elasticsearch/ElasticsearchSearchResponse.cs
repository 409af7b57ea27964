using System.Text.Json;

namespace JjjMatch.Matching.Engine.Search.Elasticsearch;

/// <summary>Reads hits from a _search response; matched terms are the highlighted spans, most frequent first.</summary>
internal static class ElasticsearchSearchResponse
{
    public static IReadOnlyList<ListingHit> Parse(JsonElement response)
    {
        var hits = response.GetProperty("hits");
        if (
            !hits.TryGetProperty("max_score", out var maxScoreElement)
            || maxScoreElement.ValueKind != JsonValueKind.Number
        )
        {
            return [];
        }

        var maxScore = maxScoreElement.GetDouble();
        var result = new List<ListingHit>();
        foreach (var hit in hits.GetProperty("hits").EnumerateArray())
        {
            var score = hit.GetProperty("_score").GetDouble();
            result.Add(
                new ListingHit(
                    Guid.Parse(hit.GetProperty("_id").GetString()!),
                    score,
                    maxScore > 0 ? score / maxScore : 0,
                    MatchedTerms(hit)
                )
            );
        }

        return result;
    }

    private static List<string> MatchedTerms(JsonElement hit)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (hit.TryGetProperty("highlight", out var highlight))
        {
            foreach (var field in highlight.EnumerateObject())
            {
                foreach (var fragment in field.Value.EnumerateArray())
                {
                    CountHighlighted(fragment.GetString() ?? "", counts);
                }
            }
        }

        return
        [
            .. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key),
        ];
    }

    private static void CountHighlighted(string fragment, Dictionary<string, int> counts)
    {
        var start = fragment.IndexOf(ElasticsearchRequests.HighlightStart, StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = fragment.IndexOf(ElasticsearchRequests.HighlightEnd, start, StringComparison.Ordinal);
            if (end < 0)
            {
                return;
            }

            var term = fragment[(start + 1)..end].ToLowerInvariant();
            counts[term] = counts.GetValueOrDefault(term) + 1;
            start = fragment.IndexOf(ElasticsearchRequests.HighlightStart, end, StringComparison.Ordinal);
        }
    }
}
