using JjjMatch.TextAnalysis;

namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// The query terms a document contains, most telling first; a unigram inside a matched bigram adds nothing to read, so
/// it is left out.
/// </summary>
internal static class MatchedTerms
{
    /// <param name="mask">Bit i set when the i-th query term matched (<see cref="SearchScratch.Masks"/>).</param>
    public static IReadOnlyList<string> Of(
        IndexPartition partition,
        int ordinal,
        ulong mask,
        List<(QueryTerm Term, int Bit)> termsByContribution
    )
    {
        var matched = new List<string>();
        foreach (var (term, bit) in termsByContribution)
        {
            if (bit < SearchScratch.MaskBits ? (mask & (1UL << bit)) != 0 : Contains(partition, term.TermId, ordinal))
            {
                matched.Add(term.Text);
            }
        }

        return WithoutCoveredUnigrams(matched);
    }

    /// <summary>Leaves out each CJK unigram that a matched bigram already shows.</summary>
    public static List<string> WithoutCoveredUnigrams(List<string> matched) =>
        matched.FindAll(term =>
            !TextAnalyzer.IsCjkUnigram(term) || !matched.Exists(other => other.Length == 2 && other.Contains(term[0]))
        );

    /// <summary>Past the mask's 64 terms (only when the query term limit is raised): a walk of the postings.</summary>
    private static bool Contains(IndexPartition partition, int termId, int ordinal)
    {
        var postings = partition.PostingsOf(termId).Read();
        while (postings.Next(out var document, out _))
        {
            if (document >= ordinal)
            {
                return document == ordinal;
            }
        }

        return false;
    }
}
