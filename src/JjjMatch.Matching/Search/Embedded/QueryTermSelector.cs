using System.Runtime.InteropServices;
using JjjMatch.Matching.Search.Analysis;

namespace JjjMatch.Matching.Search.Embedded;

/// <summary>
/// Reduces query text to weighted index terms. A long text (a whole problem description) keeps only its most
/// telling terms by tf-idf, as Elasticsearch's more_like_this does, which bounds the cost of a query.
/// </summary>
internal static class QueryTermSelector
{
    public static List<QueryTerm> Select(string text, IndexPartition partition, TextAnalyzer analyzer, EmbeddedIndexOptions options)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in analyzer.Analyze(text))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(frequencies, term, out _)++;
        }

        var documentCount = partition.LiveCount;
        var candidates = new List<(QueryTerm Term, double TfIdf)>(frequencies.Count);
        foreach (var (term, frequency) in frequencies)
        {
            var termId = partition.TermId(term);
            if (termId < 0) continue;
            var documentFrequency = partition.DocumentFrequency(termId);
            if (documentFrequency == 0) continue;

            var idf = Math.Log(1 + ((documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));
            var kindWeight = TextAnalyzer.IsCjkUnigram(term) ? options.UnigramWeight : 1;
            var weight = kindWeight * FrequencyWeight(frequency, options.QueryTermSaturation);
            candidates.Add((new QueryTerm(termId, term, idf, weight), kindWeight * frequency * idf));
        }

        if (candidates.Count > options.MaxQueryTerms)
        {
            candidates.Sort(static (a, b) => b.TfIdf.CompareTo(a.TfIdf));
            candidates.RemoveRange(options.MaxQueryTerms, candidates.Count - options.MaxQueryTerms);
        }

        return candidates.ConvertAll(static c => c.Term);
    }

    private static double FrequencyWeight(int frequency, double? saturation) =>
        saturation is { } k3 ? frequency * (k3 + 1) / (frequency + k3) : 1;
}
