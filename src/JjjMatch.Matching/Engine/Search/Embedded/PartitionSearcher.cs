using JjjMatch.TextAnalysis;

namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// BM25F over one partition (<see cref="Bm25F"/>): the best documents for a query's selected terms, found by
/// <see cref="MaxScoreSearch"/>, or by scoring every posting when <see cref="EmbeddedIndexOptions.ExhaustiveSearch"/>
/// asks for it; both give the same hits, scores and matched terms.
/// </summary>
internal static class PartitionSearcher
{
    public static IReadOnlyList<ListingHit> Search(
        IndexPartition partition,
        string text,
        ListingFilter filter,
        int top,
        ITextAnalyzer analyzer,
        EmbeddedIndexOptions options
    )
    {
        if (top <= 0 || partition.LiveCount == 0)
        {
            return [];
        }

        var (queryTerms, unseenMass) = QueryTermSelector.Select(text, partition, analyzer, options);
        if (queryTerms.Count == 0)
        {
            return [];
        }

        var scratch = SearchScratch.For(partition.OrdinalCount);
        var scoring = Bm25F.For(partition, options);
        var hits = new TopHits(partition, filter, top);
        if (options.ExhaustiveSearch || queryTerms.Count > SearchScratch.MaskBits)
        {
            Accumulate(partition, queryTerms, scoring, scratch);
            foreach (var ordinal in scratch.Touched)
            {
                hits.Offer(ordinal, scratch.Scores[ordinal]);
            }
        }
        else
        {
            MaxScoreSearch.Run(partition, queryTerms, scoring, hits, scratch.Masks);
        }

        var best = hits.Best();
        var upperBound = (queryTerms.Sum(t => t.MaxContribution) + unseenMass) * (options.K1 + 1);
        // The same sort as before the masks, so terms of equal weight keep their order.
        var byContribution = queryTerms.Select((term, bit) => (term, bit)).ToList();
        byContribution.Sort(static (a, b) => b.term.MaxContribution.CompareTo(a.term.MaxContribution));
        return best.ConvertAll(hit => new ListingHit(
            partition.IdOf(hit.Ordinal),
            hit.Score,
            hit.Score / upperBound,
            MatchedTerms.Of(partition, hit.Ordinal, scratch.Masks[hit.Ordinal], byContribution)
        ));
    }

    /// <summary>Term at a time over every posting: a document's contributions are summed in query term order.</summary>
    private static void Accumulate(
        IndexPartition partition,
        List<QueryTerm> queryTerms,
        Bm25F scoring,
        SearchScratch scratch
    )
    {
        var live = partition.Live;
        var scores = scratch.Scores;
        var stamps = scratch.Stamps;
        var masks = scratch.Masks;
        var generation = scratch.Generation;
        for (var bit = 0; bit < queryTerms.Count; bit++)
        {
            var mask = bit < SearchScratch.MaskBits ? 1UL << bit : 0;
            var factor = scoring.Factor(queryTerms[bit]);
            var postings = partition.PostingsOf(queryTerms[bit].TermId).Read();
            while (postings.Next(out var ordinal, out var packed))
            {
                if (!live[ordinal])
                {
                    continue;
                }

                var contribution = scoring.Contribution(partition, factor, ordinal, packed);
                if (stamps[ordinal] != generation)
                {
                    stamps[ordinal] = generation;
                    scores[ordinal] = contribution;
                    masks[ordinal] = mask;
                    scratch.Touched.Add(ordinal);
                }
                else
                {
                    scores[ordinal] += contribution;
                    masks[ordinal] |= mask;
                }
            }
        }
    }
}
