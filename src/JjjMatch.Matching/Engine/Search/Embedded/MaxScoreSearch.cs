using System.Numerics;

namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// MaxScore (Turtle &amp; Flood, 1995) over windows of ordinals, as Lucene's MaxScoreBulkScorer does. No posting of a
/// term contributes more than the term's factor, so once the hits are full, the weakest terms whose factors together
/// cannot lift a document above the worst kept hit stop bringing in documents: within a window the other, essential
/// terms are scored term at a time into small buffers, then the weak terms, strongest first, only for the documents
/// brought in whose bound still reaches the worst kept hit. Exact: a document that can still make the
/// hits is scored with all its terms, its contributions summed in query term order as the exhaustive search sums
/// them, and documents are offered in ordinal order, so ties resolve as there; hits, scores and matched terms are the
/// same to the bit.
/// </summary>
internal static class MaxScoreSearch
{
    private const int WindowSize = 1024;

    // Bounds are summed in another order than scores; this margin covers the rounding (about 1e-15 at 64 terms).
    private const double Slack = 1e-9;

    [ThreadStatic]
    private static Window? current;

    /// <param name="masks">Receives, for each kept document, which query terms (by bit) it matched.</param>
    public static void Run(
        IndexPartition partition,
        List<QueryTerm> queryTerms,
        Bm25F scoring,
        TopHits hits,
        ulong[] masks
    )
    {
        var count = queryTerms.Count;
        var terms = new Term[count];
        for (var bit = 0; bit < count; bit++)
        {
            var cursor = partition.PostingsOf(queryTerms[bit].TermId).Cursor();
            cursor.Next();
            terms[bit] = new Term(bit, scoring.Factor(queryTerms[bit]), cursor);
        }

        // Weakest first: bounds[i] is the most terms[0..i] can add to a document together.
        Array.Sort(terms, static (a, b) => a.Factor != b.Factor ? a.Factor.CompareTo(b.Factor) : a.Bit - b.Bit);
        var bounds = new double[count];
        for (var i = 0; i < count; i++)
        {
            bounds[i] = (i > 0 ? bounds[i - 1] : 0) + terms[i].Factor;
        }

        var window = current ??= new Window();
        window.Reset(count);
        var live = partition.Live;
        var threshold = double.NegativeInfinity;
        var essential = 0;
        while (FirstDocument(terms, essential) is var start and not PostingCursor.NoMore)
        {
            var end = (int)Math.Min((long)start + WindowSize, PostingCursor.NoMore);
            var weak = essential;
            for (var i = weak; i < count; i++)
            {
                var (bit, factor, cursor) = terms[i];
                for (; cursor.Document < end; cursor.Next())
                {
                    var document = cursor.Document;
                    if (live[document])
                    {
                        var contribution = scoring.Contribution(partition, factor, document, cursor.PackedFrequencies);
                        window.Add(document - start, bit, contribution);
                    }
                }
            }

            // The weak terms, strongest first, only for the documents whose bound still reaches the worst kept hit.
            for (var rest = weak - 1; rest >= 0 && window.Prune(bounds[rest], threshold); rest--)
            {
                var (bit, factor, cursor) = terms[rest];
                for (cursor.AdvanceTo(start); cursor.Document < end; cursor.Next())
                {
                    var local = cursor.Document - start;
                    if (window.IsTouched(local))
                    {
                        var contribution = scoring.Contribution(
                            partition,
                            factor,
                            cursor.Document,
                            cursor.PackedFrequencies
                        );
                        window.AddToTouched(local, bit, contribution);
                    }
                }
            }

            // In ordinal order, so that ties resolve as in the exhaustive search.
            window.Prune(0, threshold);
            while (window.NextTouched() is var local and >= 0)
            {
                var document = start + local;
                var mask = window.Take(local);
                if (!hits.Offer(document, window.InTermOrder(local, mask)))
                {
                    continue;
                }

                masks[document] = mask;
                if (hits.IsFull)
                {
                    threshold = hits.Threshold;
                    while (essential < count && bounds[essential] * (1 + Slack) <= threshold)
                    {
                        essential++;
                    }
                }
            }
        }
    }

    private static int FirstDocument(Term[] terms, int essential)
    {
        var document = PostingCursor.NoMore;
        for (var i = essential; i < terms.Length; i++)
        {
            document = Math.Min(document, terms[i].Cursor.Document);
        }

        return document;
    }

    private sealed record Term(int Bit, double Factor, PostingCursor Cursor);

    /// <summary>
    /// One window's scores, per thread and reused: each touched document's partial score, matched terms, and each
    /// contribution by term, so the final score can be summed in query term order.
    /// </summary>
    private sealed class Window
    {
        private readonly double[] partials = new double[WindowSize];
        private readonly ulong[] masks = new ulong[WindowSize];
        private readonly ulong[] touched = new ulong[WindowSize / 64];
        private int word;

        /// <summary>By term bit, then document within the window.</summary>
        public double[] Contributions { get; private set; } = [];

        public void Reset(int terms)
        {
            if (Contributions.Length < terms * WindowSize)
            {
                Contributions = new double[terms * WindowSize];
            }
        }

        public void Add(int local, int bit, double contribution)
        {
            AddToTouched(local, bit, contribution);
            touched[local >> 6] |= 1UL << local;
        }

        public void AddToTouched(int local, int bit, double contribution)
        {
            Contributions[(bit * WindowSize) + local] = contribution;
            partials[local] += contribution;
            masks[local] |= 1UL << bit;
        }

        public bool IsTouched(int local) => (touched[local >> 6] & (1UL << local)) != 0;

        /// <summary>
        /// Drops the documents that cannot beat <paramref name="threshold"/> even if the terms not yet added
        /// contributed <paramref name="bound"/>; whether any document is left.
        /// </summary>
        public bool Prune(double bound, double threshold)
        {
            var any = false;
            for (var w = 0; w < touched.Length; w++)
            {
                for (var bits = touched[w]; bits != 0; bits &= bits - 1)
                {
                    var local = (w << 6) + BitOperations.TrailingZeroCount(bits);
                    if ((partials[local] + bound) * (1 + Slack) <= threshold)
                    {
                        touched[w] &= ~(1UL << local);
                        Take(local);
                    }
                }

                any |= touched[w] != 0;
            }

            return any;
        }

        /// <summary>The next touched document in ordinal order; -1, ready for the next window, when done.</summary>
        public int NextTouched()
        {
            for (; word < touched.Length; word++)
            {
                if (touched[word] != 0)
                {
                    var local = (word << 6) + BitOperations.TrailingZeroCount(touched[word]);
                    touched[word] &= touched[word] - 1;
                    return local;
                }
            }

            word = 0;
            return -1;
        }

        /// <summary>The document's matched terms, its buffers cleared for the next window.</summary>
        public ulong Take(int local)
        {
            var mask = masks[local];
            partials[local] = 0;
            masks[local] = 0;
            return mask;
        }

        /// <summary>The exhaustive search's sum: the first contribution, then the others in query term order.</summary>
        public double InTermOrder(int local, ulong mask)
        {
            var score = 0.0;
            for (; mask != 0; mask &= mask - 1)
            {
                score += Contributions[(BitOperations.TrailingZeroCount(mask) * WindowSize) + local];
            }

            return score;
        }
    }
}
