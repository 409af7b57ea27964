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
/// term after term (no per-document merge of up to 32 postings), and the window's candidates then go in document
/// order, so a candidate that only ties the worst hit loses the tie-break as in the exhaustive path.
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
    private readonly Bm25FAverages averages;
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
        var count = figures.LiveCount;
        averages = new Bm25FAverages(
            Math.Max(1e-9, (double)figures.TextLengthSum / count),
            Math.Max(1e-9, (double)figures.TitleLengthSum / count),
            Math.Max(1e-9, (double)figures.KeywordsLengthSum / count)
        );
        heap = new PriorityQueue<ulong, (double Score, int Doc)>(top + 1, LuceneSearcher.WorstFirst.Instance);
        window = scratch ??= new WindowScratch();
        window.Reset(queryTerms.Count);
    }

    public static List<(int Doc, double Score, ulong Mask)> Collect(
        ReaderFigures figures,
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
            search.Segment(leaf, terms);
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

    private void Segment(int leaf, List<BytesRef> terms)
    {
        var segment = figures.Segments[leaf];
        var docBase = figures.Leaves[leaf].DocBase;
        var cursors = Open(leaf, terms);
        // Bounds in ascending order, and their running sums: below[i] is the most terms 0..i-1 can add together.
        var below = new double[cursors.Length + 1];
        for (var i = 0; i < cursors.Length; i++)
        {
            below[i + 1] = below[i] + cursors[i].Factor;
        }

        while (true)
        {
            var essential = FirstEssential(below);
            var start = TermCursor.NoMoreDocs;
            for (var i = essential; i < cursors.Length; i++)
            {
                start = Math.Min(start, cursors[i].Doc);
            }

            if (start == TermCursor.NoMoreDocs)
            {
                break;
            }

            var end = start + Window;
            for (var i = essential; i < cursors.Length; i++)
            {
                Accumulate(cursors[i], segment, start, end);
            }

            Candidates(cursors, essential, below, segment, docBase, start);
        }

        foreach (var cursor in cursors)
        {
            moves += cursor.Moves;
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

                if (Complete(cursors, essential, below, segment, doc, slot, ref mask, partial))
                {
                    Offer(docBase + doc, InQueryOrder(slot, mask), mask);
                }
            }
        }
    }

    /// <summary>Adds the non-essential terms, highest bound first; false once the rest cannot lift it into the heap.</summary>
    private bool Complete(
        TermCursor[] cursors,
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

            var cursor = cursors[i];
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

    /// <summary>The query's terms that occur in this segment, by ascending bound.</summary>
    private TermCursor[] Open(int leaf, List<BytesRef> terms)
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
            cursors.Add(new TermCursor(bit, term.Idf * term.Weight * (options.K1 + 1), text, title, keywords));
        }

        cursors.Sort(static (a, b) => a.Factor.CompareTo(b.Factor));
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

    // The exhaustive path's arithmetic, operation for operation (the embedded index saturates field frequencies at
    // 65535 for the text and 255 for title and keywords).
    private double Contribution(TermCursor cursor, int doc, SegmentFigures segment)
    {
        var frequency = 0.0;
        if (cursor.TextDoc == doc)
        {
            var inTextCount = Math.Min(cursor.TextFrequency, 65535);
            frequency += options.TextWeight * inTextCount / Norm(options.TextB, segment.TextLengths[doc], averages.Text);
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
