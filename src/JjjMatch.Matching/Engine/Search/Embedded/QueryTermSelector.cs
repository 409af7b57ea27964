using System.Runtime.InteropServices;
using JjjMatch.TextAnalysis;

namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// Reduces query text to weighted index terms. A long text (a whole problem description) keeps only its most
/// telling terms by tf-idf, as Elasticsearch's more_like_this does, which bounds the cost of a query.
/// </summary>
internal static class QueryTermSelector
{
    /// <returns>
    /// The terms to retrieve with, and the most the query's terms the index has never seen could have added:
    /// those count against relevance (a document cannot match them), so a query that mostly misses the index
    /// does not look relevant just because its few known terms matched.
    /// </returns>
    public static (List<QueryTerm> Terms, double UnseenMass) Select(
        string text,
        ITermStatistics partition,
        ITextAnalyzer analyzer,
        EmbeddedIndexOptions options
    )
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in analyzer.Analyze(text))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(frequencies, term, out _)++;
        }

        var documentCount = partition.LiveCount;
        var candidates = new List<(QueryTerm Term, double TfIdf)>(frequencies.Count);
        var unseen = new List<double>();
        var unseenIdf = Math.Log(1 + ((documentCount + 0.5) / 0.5));
        foreach (var (term, frequency) in frequencies)
        {
            var documentFrequency = partition.DocumentFrequency(term, out var termId);
            var kindWeight = TextAnalyzer.IsCjkUnigram(term) ? options.UnigramWeight : 1;
            var weight = kindWeight * FrequencyWeight(frequency, options.QueryTermSaturation);
            if (documentFrequency == 0)
            {
                unseen.Add(weight * unseenIdf);
                continue;
            }

            var idf = Math.Log(1 + ((documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));
            candidates.Add((new QueryTerm(termId, term, idf, weight), kindWeight * frequency * idf));
        }

        if (candidates.Count > options.MaxQueryTerms)
        {
            candidates.Sort(static (a, b) => b.TfIdf.CompareTo(a.TfIdf));
            candidates.RemoveRange(options.MaxQueryTerms, candidates.Count - options.MaxQueryTerms);
        }

        unseen.Sort(static (a, b) => b.CompareTo(a));
        var unseenMass = unseen.Take(Math.Max(0, options.MaxQueryTerms - candidates.Count)).Sum();
        return (candidates.ConvertAll(static c => c.Term), unseenMass);
    }

    private static double FrequencyWeight(int frequency, double? saturation) =>
        saturation is { } k3 ? frequency * (k3 + 1) / (frequency + k3) : 1;
}
