using JjjMatch.Matching.Engine.Search.Embedded;
using Lucene.Net.Util;

namespace JjjMatch.Matching.Engine.Search.Lucene;

/// <summary>
/// The top documents by BM25F, document at a time with MaxScore pruning (Turtle and Flood), exact: the same hits,
/// scores, matched-term masks and tie-break as scoring every posting (<see cref="LuceneSearcher"/>'s exhaustive path).
/// Each term adds at most idf · weight · (k1 + 1). Once the heap holds <c>top</c> documents that pass the filter, the
/// terms whose bounds together cannot beat the worst of them are non-essential: only documents of the other terms
/// become candidates, and a candidate's non-essential terms are skipped to it (<c>Advance</c>) only while its score so
/// far plus their bounds can still beat that worst hit. Documents arrive in index order, so a candidate that only
/// ties the worst hit loses the tie-break, as in the exhaustive path.
/// </summary>
internal static class MaxScoreSearch
{
    // A bound is compared with a score after this relative slack: the two sum the same contributions in different
    // orders, so they may differ in the last bits; the slack only makes pruning more cautious.
    private const double Slack = 1 + 1e-9;

    public static List<(int Doc, double Score, ulong Mask)> Collect(
        ReaderFigures figures,
        List<QueryTerm> queryTerms,
        ListingFilter filter,
        int top,
        EmbeddedIndexOptions options,
        LuceneSearchWork? work
    )
    {
        var k1 = options.K1;
        var count = figures.LiveCount;
        var averages = new Bm25FAverages(
            Math.Max(1e-9, (double)figures.TextLengthSum / count),
            Math.Max(1e-9, (double)figures.TitleLengthSum / count),
            Math.Max(1e-9, (double)figures.KeywordsLengthSum / count)
        );
        var terms = queryTerms.ConvertAll(t => new BytesRef(t.Text));
        var heap = new PriorityQueue<ulong, (double Score, int Doc)>(top + 1, LuceneSearcher.WorstFirst.Instance);
        var threshold = double.NegativeInfinity;
        var contributions = new double[queryTerms.Count];
        long moves = 0;
        long candidates = 0;
        long scored = 0;
        for (var leaf = 0; leaf < figures.Leaves.Length; leaf++)
        {
            var segment = figures.Segments[leaf];
            var docBase = figures.Leaves[leaf].DocBase;
            var cursors = Open(figures, leaf, queryTerms, terms, k1);
            // Bounds in ascending order, and their running sums: below[i] is the most terms 0..i-1 can add together.
            var below = new double[cursors.Length + 1];
            for (var i = 0; i < cursors.Length; i++)
            {
                below[i + 1] = below[i] + cursors[i].Factor;
            }

            var essential = FirstEssential(below, threshold);
            while (true)
            {
                var doc = TermCursor.NoMoreDocs;
                for (var i = essential; i < cursors.Length; i++)
                {
                    doc = Math.Min(doc, cursors[i].Doc);
                }

                if (doc == TermCursor.NoMoreDocs)
                {
                    break;
                }

                candidates++;
                var partial = 0.0;
                var mask = 0UL;
                for (var i = essential; i < cursors.Length; i++)
                {
                    var cursor = cursors[i];
                    if (cursor.Doc == doc)
                    {
                        var contribution = Contribution(cursor, doc, segment, averages, options);
                        contributions[cursor.Bit] = contribution;
                        partial += contribution;
                        mask |= 1UL << cursor.Bit;
                        cursor.Next();
                    }
                }

                // The filter's cheap half first: an inactive document is rejected whatever its score.
                if (filter.ActiveOnly && !segment.Active[doc])
                {
                    continue;
                }

                var complete = true;
                for (var i = essential - 1; i >= 0; i--)
                {
                    if ((partial + below[i + 1]) * Slack <= threshold)
                    {
                        complete = false;
                        break;
                    }

                    var cursor = cursors[i];
                    if (cursor.Doc < doc)
                    {
                        cursor.AdvanceTo(doc);
                    }

                    if (cursor.Doc == doc)
                    {
                        var contribution = Contribution(cursor, doc, segment, averages, options);
                        contributions[cursor.Bit] = contribution;
                        partial += contribution;
                        mask |= 1UL << cursor.Bit;
                    }
                }

                if (!complete)
                {
                    continue;
                }

                scored++;
                var score = InQueryOrder(contributions, mask);
                var global = docBase + doc;
                if (
                    heap.Count == top
                    && heap.TryPeek(out _, out var worst)
                    && LuceneSearcher.WorstFirst.Instance.Compare((score, global), worst) <= 0
                )
                {
                    continue;
                }

                if (!LuceneSearcher.Accepts(figures, filter, global))
                {
                    continue;
                }

                heap.Enqueue(mask, (score, global));
                if (heap.Count > top)
                {
                    heap.Dequeue();
                }

                if (heap.Count == top && heap.TryPeek(out _, out var newWorst))
                {
                    threshold = newWorst.Score;
                    essential = FirstEssential(below, threshold);
                }
            }

            foreach (var cursor in cursors)
            {
                moves += cursor.Moves;
            }
        }

        work?.Add(moves, candidates, scored);
        var result = new List<(int Doc, double Score, ulong Mask)>(heap.Count);
        while (heap.TryDequeue(out var mask, out var priority))
        {
            result.Add((priority.Doc, priority.Score, mask));
        }

        result.Reverse();
        return result;
    }

    /// <summary>The query's terms that occur in this segment, by ascending bound.</summary>
    private static TermCursor[] Open(
        ReaderFigures figures,
        int leaf,
        List<QueryTerm> queryTerms,
        List<BytesRef> terms,
        double k1
    )
    {
        var segmentReader = figures.Leaves[leaf].AtomicReader;
        var live = segmentReader.LiveDocs;
        var inText = new FieldPostings(segmentReader, LuceneFields.Text, live);
        var inTitle = new FieldPostings(segmentReader, LuceneFields.Title, live);
        var inKeywords = new FieldPostings(segmentReader, LuceneFields.Keywords, live);
        var cursors = new List<TermCursor>(queryTerms.Count);
        for (var bit = 0; bit < queryTerms.Count; bit++)
        {
            var text = inText.Open(terms[bit]);
            var title = inTitle.Open(terms[bit]);
            var keywords = inKeywords.Open(terms[bit]);
            if (text is null && title is null && keywords is null)
            {
                continue;
            }

            var term = queryTerms[bit];
            cursors.Add(new TermCursor(bit, term.Idf * term.Weight * (k1 + 1), text, title, keywords));
        }

        cursors.Sort(static (a, b) => a.Factor.CompareTo(b.Factor));
        return [.. cursors];
    }

    /// <summary>How many of the lowest-bound terms cannot lift a document above the threshold by themselves.</summary>
    private static int FirstEssential(double[] below, double threshold)
    {
        var first = 0;
        while (first < below.Length - 1 && below[first + 1] * Slack <= threshold)
        {
            first++;
        }

        return first;
    }

    /// <summary>The score as the exhaustive path sums it: the matched terms' contributions in query order.</summary>
    private static double InQueryOrder(double[] contributions, ulong mask)
    {
        var bit = System.Numerics.BitOperations.TrailingZeroCount(mask);
        var score = contributions[bit];
        mask &= mask - 1;
        while (mask != 0)
        {
            score += contributions[System.Numerics.BitOperations.TrailingZeroCount(mask)];
            mask &= mask - 1;
        }

        return score;
    }

    // The exhaustive path's arithmetic, operation for operation (the embedded index saturates field frequencies at
    // 65535 for the text and 255 for title and keywords).
    private static double Contribution(
        TermCursor cursor,
        int doc,
        SegmentFigures segment,
        Bm25FAverages averages,
        EmbeddedIndexOptions options
    )
    {
        var frequency = 0.0;
        if (cursor.TextDoc == doc)
        {
            var inTextCount = Math.Min(cursor.TextFrequency, 65535);
            frequency +=
                options.TextWeight * inTextCount / Norm(options.TextB, segment.TextLengths[doc], averages.Text);
        }

        if (cursor.TitleDoc == doc)
        {
            var inTitleCount = Math.Min(cursor.TitleFrequency, 255);
            frequency +=
                options.TitleWeight * inTitleCount / Norm(options.TitleB, segment.TitleLengths[doc], averages.Title);
        }

        if (cursor.KeywordsDoc == doc)
        {
            var inKeywordsCount = Math.Min(cursor.KeywordsFrequency, 255);
            frequency +=
                options.KeywordsWeight
                * inKeywordsCount
                / Norm(options.KeywordsB, segment.KeywordsLengths[doc], averages.Keywords);
        }

        return cursor.Factor * frequency / (frequency + options.K1);
    }

    private static double Norm(double b, int length, double average) => 1 - b + (b * length / average);

    private readonly record struct Bm25FAverages(double Text, double Title, double Keywords);
}
