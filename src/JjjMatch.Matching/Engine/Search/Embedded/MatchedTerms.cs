using JjjMatch.TextAnalysis;

namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// The query terms a document contains, most telling first; a unigram inside a matched bigram adds nothing to read, so
/// it is left out.
/// </summary>
internal static class MatchedTerms
{
    public static IReadOnlyList<string> Of(IndexPartition partition, int ordinal, List<QueryTerm> termsByContribution)
    {
        var matched = new List<string>();
        foreach (var term in termsByContribution)
        {
            if (partition.PostingsOf(term.TermId).Contains(ordinal))
            {
                matched.Add(term.Text);
            }
        }

        return matched.FindAll(term =>
            !TextAnalyzer.IsCjkUnigram(term) || !matched.Exists(other => other.Length == 2 && other.Contains(term[0]))
        );
    }
}
