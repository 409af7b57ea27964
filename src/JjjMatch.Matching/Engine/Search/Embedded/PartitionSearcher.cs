using JjjMatch.TextAnalysis;

namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// BM25F over one partition: field frequencies are length-normalised per field, weighted, summed, then saturated once.
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
        Accumulate(partition, queryTerms, options, scratch);
        var best = TopDocuments(partition, filter, top, scratch);

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

    private static void Accumulate(
        IndexPartition partition,
        List<QueryTerm> queryTerms,
        EmbeddedIndexOptions options,
        SearchScratch scratch
    )
    {
        var live = partition.Live;
        var scores = scratch.Scores;
        var stamps = scratch.Stamps;
        var generation = scratch.Generation;
        var k1 = options.K1;
        var count = partition.LiveCount;
        var titleAverage = Math.Max(1e-9, (double)partition.TitleLengthSum / count);
        var keywordsAverage = Math.Max(1e-9, (double)partition.KeywordsLengthSum / count);
        var textAverage = Math.Max(1e-9, (double)partition.TextLengthSum / count);

        var masks = scratch.Masks;
        for (var bit = 0; bit < queryTerms.Count; bit++)
        {
            var term = queryTerms[bit];
            var mask = bit < SearchScratch.MaskBits ? 1UL << bit : 0;
            var factor = term.Idf * term.Weight * (k1 + 1);
            var postings = partition.PostingsOf(term.TermId).Read();
            while (postings.Next(out var ordinal, out var packed))
            {
                if (!live[ordinal])
                {
                    continue;
                }

                var frequency = 0.0;
                if (FieldFrequencies.Text(packed) is var inText and > 0)
                {
                    frequency +=
                        options.TextWeight * inText / Norm(options.TextB, partition.TextLength(ordinal), textAverage);
                }

                if (FieldFrequencies.Title(packed) is var inTitle and > 0)
                {
                    frequency +=
                        options.TitleWeight
                        * inTitle
                        / Norm(options.TitleB, partition.TitleLength(ordinal), titleAverage);
                }

                if (FieldFrequencies.Keywords(packed) is var inKeywords and > 0)
                {
                    frequency +=
                        options.KeywordsWeight
                        * inKeywords
                        / Norm(options.KeywordsB, partition.KeywordsLength(ordinal), keywordsAverage);
                }

                var contribution = factor * frequency / (frequency + k1);
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

    private static double Norm(double b, int length, double average) => 1 - b + (b * length / average);

    private static List<(int Ordinal, double Score)> TopDocuments(
        IndexPartition partition,
        ListingFilter filter,
        int top,
        SearchScratch scratch
    )
    {
        var heap = new PriorityQueue<int, (double Score, int Ordinal)>(top + 1, WorstFirst.Instance);
        foreach (var ordinal in scratch.Touched)
        {
            var score = scratch.Scores[ordinal];
            if (
                heap.Count == top
                && heap.TryPeek(out _, out var worst)
                && WorstFirst.Instance.Compare((score, ordinal), worst) <= 0
            )
            {
                continue;
            }

            if (!filter.Accepts(partition.IsActive(ordinal), partition.AttributesOf(ordinal)))
            {
                continue;
            }

            heap.Enqueue(ordinal, (score, ordinal));
            if (heap.Count > top)
            {
                heap.Dequeue();
            }
        }

        var result = new List<(int Ordinal, double Score)>(heap.Count);
        while (heap.TryDequeue(out var ordinal, out var priority))
        {
            result.Add((ordinal, priority.Score));
        }

        result.Reverse();
        return result;
    }

    /// <summary>
    /// Orders the heap so its root is the hit to evict first: the lower score, and on a tie the later document.
    /// </summary>
    private sealed class WorstFirst : IComparer<(double Score, int Ordinal)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((double Score, int Ordinal) x, (double Score, int Ordinal) y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            return byScore != 0 ? byScore : y.Ordinal.CompareTo(x.Ordinal);
        }
    }
}
