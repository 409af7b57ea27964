using System.Numerics;
using JjjMatch.Matching.Engine.Search.Embedded;
using Lucene.Net.Util;

namespace JjjMatch.Matching.Engine.Search.Lucene;

/// <summary>
/// The top documents by BM25F with MaxScore pruning (Turtle and Flood), exact: the same hits, scores, matched-term
/// masks and tie-break as scoring every posting (<see cref="LuceneSearcher"/>'s exhaustive path).
/// Each term adds at most idf · weight · (k1 + 1). Once the heap holds <c>top</c> documents that pass the filter, the
/// terms whose bounds together cannot beat the worst of them are non-essential: only documents of the other terms
/// become candidates, and a candidate's non-essential terms are skipped to it (<c>Advance</c>) only while its score so
/// far plus their bounds can still beat that worst hit. The essential terms are read a window of documents at a time,
/// term after term (no per-document merge of up to 32 postings); in each window a term without postings there bounds
/// at 0, so the partition is redone per window. The window's candidates then go in document order, so a candidate
/// that only ties the worst hit loses the tie-break as in the exhaustive path.
/// </summary>
internal sealed class MaxScoreSearch
{
    private const int Window = 1024;

    // A bound is compared with a score after this relative slack: the two sum the same contributions in different
    // orders, so they may differ in the last bits; the slack only makes pruning more cautious.
    private const double Slack = 1 + 1e-9;

    [ThreadStatic]
    private static WindowScratch? scratch;

    private readonly ReaderFigures figures;
    private readonly List<QueryTerm> queryTerms;
    private readonly ListingFilter filter;
    private readonly int top;
    private readonly EmbeddedIndexOptions options;
    private readonly FieldAverages averages;
    private readonly PriorityQueue<ulong, (double Score, int Doc)> heap;
    private readonly WindowScratch window;
    private double threshold = double.NegativeInfinity;
    private long moves;
    private long candidates;
    private long scored;

    private MaxScoreSearch(
        ReaderFigures figures,
        List<QueryTerm> queryTerms,
        ListingFilter filter,
        int top,
        EmbeddedIndexOptions options
    )
    {
        this.figures = figures;
        this.queryTerms = queryTerms;
        this.filter = filter;
        this.top = top;
        this.options = options;
        averages = FieldAverages.Of(figures);
        heap = new PriorityQueue<ulong, (double Score, int Doc)>(top + 1, LuceneSearcher.WorstFirst.Instance);
        window = scratch ??= new WindowScratch();
        window.Reset(queryTerms.Count);
    }

    public static List<(int Doc, double Score, ulong Mask)> Collect(
        ReaderFigures figures,
        LuceneTermStatistics statistics,
        List<QueryTerm> queryTerms,
        ListingFilter filter,
        int top,
        EmbeddedIndexOptions options,
        LuceneSearchWork? work
    )
    {
        var search = new MaxScoreSearch(figures, queryTerms, filter, top, options);
        var terms = queryTerms.ConvertAll(t => new BytesRef(t.Text));
        for (var leaf = 0; leaf < figures.Leaves.Length; leaf++)
        {
            search.Segment(leaf, terms, statistics);
        }

        work?.Add(search.moves, search.candidates, search.scored);
        var result = new List<(int Doc, double Score, ulong Mask)>(search.heap.Count);
        while (search.heap.TryDequeue(out var mask, out var priority))
        {
            result.Add((priority.Doc, priority.Score, mask));
        }

        result.Reverse();
        return result;
    }

    private void Segment(int leaf, List<BytesRef> terms, LuceneTermStatistics statistics)
    {
        var segment = figures.Segments[leaf];
        var docBase = figures.Leaves[leaf].DocBase;
        var cursors = Open(leaf, terms, statistics);
        var order = new int[cursors.Length];
        var bounds = new double[cursors.Length];
        // Bounds in ascending order and their running sums: below[i] is the most terms order[0..i-1] can add.
        var below = new double[cursors.Length + 1];
        var maxDoc = figures.Leaves[leaf].AtomicReader.MaxDoc;
        for (var start = 0; start < maxDoc; start += Window)
        {
            var end = start + Window;
            Bound(cursors, end, order, bounds, below);
            if (below[^1] * Slack <= threshold)
            {
                continue;
            }

            var essential = FirstEssential(below);
            for (var i = essential; i < cursors.Length; i++)
            {
                var cursor = cursors[order[i]];
                if (cursor.Doc < start)
                {
                    cursor.AdvanceTo(start);
                }

                Accumulate(cursor, segment, start, end);
            }

            Candidates(cursors, order, essential, below, segment, docBase, start);
        }

        foreach (var cursor in cursors)
        {
            moves += cursor.Moves;
        }
    }

    /// <summary>Each term's bound in the window, and the terms ordered by it.</summary>
    private static void Bound(TermCursor[] cursors, int end, int[] order, double[] bounds, double[] below)
    {
        for (var i = 0; i < cursors.Length; i++)
        {
            var cursor = cursors[i];
            // A cursor already past the window has nothing in it (cursors only move forward).
            bounds[i] = cursor.Doc >= end ? 0 : cursor.Factor;
            order[i] = i;
        }

        for (var i = 1; i < order.Length; i++)
        {
            var term = order[i];
            var j = i - 1;
            for (; j >= 0 && bounds[order[j]] > bounds[term]; j--)
            {
                order[j + 1] = order[j];
            }

            order[j + 1] = term;
        }

        for (var i = 0; i < order.Length; i++)
        {
            below[i + 1] = below[i] + bounds[order[i]];
        }
    }

    /// <summary>An essential term's contributions to the documents of the window [start, end).</summary>
    private void Accumulate(TermCursor cursor, SegmentFigures segment, int start, int end)
    {
        var stride = window.Stride;
        var bit = cursor.Bit;
        var termMask = 1UL << bit;
        var contributions = window.Contributions;
        var partial = window.Partial;
        var masks = window.Masks;
        var seen = window.Seen;
        for (var doc = cursor.Doc; doc < end; doc = cursor.Doc)
        {
            var slot = doc - start;
            var contribution = Contribution(cursor, doc, segment);
            contributions[(slot * stride) + bit] = contribution;
            if (masks[slot] == 0)
            {
                seen[slot >> 6] |= 1UL << slot;
                partial[slot] = contribution;
            }
            else
            {
                partial[slot] += contribution;
            }

            masks[slot] |= termMask;
            cursor.Next();
        }
    }

    /// <summary>The window's candidates in document order: non-essential terms added while they can matter.</summary>
    private void Candidates(
        TermCursor[] cursors,
        int[] order,
        int essential,
        double[] below,
        SegmentFigures segment,
        int docBase,
        int start
    )
    {
        var seen = window.Seen;
        for (var word = 0; word < seen.Length; word++)
        {
            while (seen[word] != 0)
            {
                var slot = (word << 6) + BitOperations.TrailingZeroCount(seen[word]);
                seen[word] &= seen[word] - 1;
                var mask = window.Masks[slot];
                var partial = window.Partial[slot];
                window.Masks[slot] = 0;
                candidates++;
                var doc = start + slot;
                // The filter's cheap half first: an inactive document is rejected whatever its score.
                if (filter.ActiveOnly && !segment.Active[doc])
                {
                    continue;
                }

                if (Complete(cursors, order, essential, below, segment, doc, slot, ref mask, partial))
                {
                    Offer(docBase + doc, InQueryOrder(slot, mask), mask);
                }
            }
        }
    }

    /// <summary>Adds the non-essential terms, highest bound first; false once the rest cannot lift it enough.</summary>
    private bool Complete(
        TermCursor[] cursors,
        int[] order,
        int essential,
        double[] below,
        SegmentFigures segment,
        int doc,
        int slot,
        ref ulong mask,
        double partial
    )
    {
        for (var i = essential - 1; i >= 0; i--)
        {
            if ((partial + below[i + 1]) * Slack <= threshold)
            {
                return false;
            }

            var cursor = cursors[order[i]];
            if (cursor.Doc < doc)
            {
                cursor.AdvanceTo(doc);
            }

            if (cursor.Doc == doc)
            {
                var contribution = Contribution(cursor, doc, segment);
                window.Contributions[(slot * window.Stride) + cursor.Bit] = contribution;
                partial += contribution;
                mask |= 1UL << cursor.Bit;
            }
        }

        scored++;
        return true;
    }

    private void Offer(int doc, double score, ulong mask)
    {
        if (
            heap.Count == top
            && heap.TryPeek(out _, out var worst)
            && LuceneSearcher.WorstFirst.Instance.Compare((score, doc), worst) <= 0
        )
        {
            return;
        }

        if (!LuceneSearcher.Accepts(figures, filter, doc))
        {
            return;
        }

        heap.Enqueue(mask, (score, doc));
        if (heap.Count > top)
        {
            heap.Dequeue();
        }

        if (heap.Count == top && heap.TryPeek(out _, out var newWorst))
        {
            threshold = newWorst.Score;
        }
    }

    /// <summary>The query's terms that occur in this segment.</summary>
    private TermCursor[] Open(int leaf, List<BytesRef> terms, LuceneTermStatistics statistics)
    {
        var segmentReader = figures.Leaves[leaf].AtomicReader;
        var live = segmentReader.LiveDocs;
        var inText = new FieldPostings(segmentReader, LuceneFields.Text, live);
        var inTitle = new FieldPostings(segmentReader, LuceneFields.Title, live);
        var inKeywords = new FieldPostings(segmentReader, LuceneFields.Keywords, live);
        var cursors = new List<TermCursor>(queryTerms.Count);
        for (var bit = 0; bit < queryTerms.Count; bit++)
        {
            if (!statistics.MayHave(queryTerms[bit].Text, leaf))
            {
                continue;
            }

            var text = inText.Open(terms[bit]);
            var title = inTitle.Open(terms[bit]);
            var keywords = inKeywords.Open(terms[bit]);
            if (text is null && title is null && keywords is null)
            {
                continue;
            }

            var term = queryTerms[bit];
            cursors.Add(new TermCursor(bit, term.Idf * term.Weight * (options.K1 + 1), text, title, keywords));
        }

        return [.. cursors];
    }

    /// <summary>How many of the lowest-bound terms cannot lift a document above the threshold by themselves.</summary>
    private int FirstEssential(double[] below)
    {
        var first = 0;
        while (first < below.Length - 1 && below[first + 1] * Slack <= threshold)
        {
            first++;
        }

        return first;
    }

    /// <summary>The score as the exhaustive path sums it: the matched terms' contributions in query order.</summary>
    private double InQueryOrder(int slot, ulong mask)
    {
        var contributions = window.Contributions;
        var row = slot * window.Stride;
        var score = contributions[row + BitOperations.TrailingZeroCount(mask)];
        mask &= mask - 1;
        while (mask != 0)
        {
            score += contributions[row + BitOperations.TrailingZeroCount(mask)];
            mask &= mask - 1;
        }

        return score;
    }

    private double Contribution(TermCursor cursor, int doc, SegmentFigures segment) =>
        Bm25F.Contribution(cursor.Factor, Bm25F.Frequency(cursor, doc, segment, averages, options), options.K1);

    /// <summary>Per-thread accumulators of one window, reused across queries.</summary>
    private sealed class WindowScratch
    {
        public double[] Contributions { get; private set; } = [];

        public double[] Partial { get; } = new double[Window];

        public ulong[] Masks { get; } = new ulong[Window];

        public ulong[] Seen { get; } = new ulong[Window / 64];

        public int Stride { get; private set; }

        public void Reset(int terms)
        {
            Stride = terms;
            if (Contributions.Length < Window * terms)
            {
                Contributions = new double[Window * terms];
            }

            // Cleared here, not trusted to be left clear: a search that threw may have stopped mid-window.
            Array.Clear(Masks);
            Array.Clear(Seen);
        }
    }
}
