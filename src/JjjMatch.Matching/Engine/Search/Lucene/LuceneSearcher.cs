using JjjMatch.Matching.Engine.Search.Embedded;
using JjjMatch.TextAnalysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace JjjMatch.Matching.Engine.Search.Lucene;

/// <summary>
/// The embedded index's BM25F (<see cref="PartitionSearcher"/>) over Lucene.Net's postings: the same selected terms,
/// the same arithmetic in the same order, the same tie-break (the earlier document), so both rank alike to the bit.
/// Lucene.Net keeps the postings on disk, mapped, and compressed; each query term's three field postings are merged
/// document by document.
/// </summary>
internal static class LuceneSearcher
{
    private const int NoMoreDocs = DocIdSetIterator.NO_MORE_DOCS;

    public static IReadOnlyList<ListingHit> Search(
        IndexReader reader,
        string text,
        ListingFilter filter,
        int top,
        ITextAnalyzer analyzer,
        EmbeddedIndexOptions options,
        bool exhaustive = false,
        LuceneSearchWork? work = null
    )
    {
        var figures = ReaderFigures.Of(reader);
        if (top <= 0 || figures.LiveCount == 0)
        {
            return [];
        }

        var statistics = new LuceneTermStatistics(reader, figures.LiveCount);
        var (queryTerms, unseenMass) = QueryTermSelector.Select(text, statistics, analyzer, options);
        if (queryTerms.Count == 0)
        {
            return [];
        }

        // MaxScore keeps each document's matched terms in a 64-bit mask, as the exhaustive path does for its first 64.
        var best =
            exhaustive || queryTerms.Count > SearchScratch.MaskBits
                ? Exhaustive(reader, figures, queryTerms, filter, top, options, work)
                : MaxScoreSearch.Collect(figures, statistics, queryTerms, filter, top, options, work);

        var upperBound = (queryTerms.Sum(t => t.MaxContribution) + unseenMass) * (options.K1 + 1);
        var byContribution = queryTerms.Select((term, bit) => (term, bit)).ToList();
        byContribution.Sort(static (a, b) => b.term.MaxContribution.CompareTo(a.term.MaxContribution));
        return best.ConvertAll(hit => new ListingHit(
            IdOf(figures, hit.Doc),
            hit.Score,
            hit.Score / upperBound,
            Matched(hit.Mask, byContribution)
        ));
    }

    /// <summary>Every posting of every selected term scored, term at a time: what the pruned path matches.</summary>
    private static List<(int Doc, double Score, ulong Mask)> Exhaustive(
        IndexReader reader,
        ReaderFigures figures,
        List<QueryTerm> queryTerms,
        ListingFilter filter,
        int top,
        EmbeddedIndexOptions options,
        LuceneSearchWork? work
    )
    {
        var scratch = SearchScratch.For(reader.MaxDoc);
        var postings = Accumulate(figures, queryTerms, options, scratch);
        work?.Add(postings, scratch.Touched.Count, scratch.Touched.Count);
        return TopDocuments(figures, filter, top, scratch)
            .ConvertAll(hit => (hit.Doc, hit.Score, scratch.Masks[hit.Doc]));
    }

    private static long Accumulate(
        ReaderFigures figures,
        List<QueryTerm> queryTerms,
        EmbeddedIndexOptions options,
        SearchScratch scratch
    )
    {
        var k1 = options.K1;
        var count = figures.LiveCount;
        var titleAverage = Math.Max(1e-9, (double)figures.TitleLengthSum / count);
        var keywordsAverage = Math.Max(1e-9, (double)figures.KeywordsLengthSum / count);
        var textAverage = Math.Max(1e-9, (double)figures.TextLengthSum / count);
        var scores = scratch.Scores;
        var stamps = scratch.Stamps;
        var masks = scratch.Masks;
        var generation = scratch.Generation;

        var terms = queryTerms.ConvertAll(t => new BytesRef(t.Text));
        long postings = 0;
        // Segment by segment, then term by term: a document is in one segment, so its score still sums in term order.
        for (var leaf = 0; leaf < figures.Leaves.Length; leaf++)
        {
            var segmentReader = figures.Leaves[leaf].AtomicReader;
            var live = segmentReader.LiveDocs;
            var docBase = figures.Leaves[leaf].DocBase;
            var segment = figures.Segments[leaf];
            var inText = new FieldPostings(segmentReader, LuceneFields.Text, live);
            var inTitle = new FieldPostings(segmentReader, LuceneFields.Title, live);
            var inKeywords = new FieldPostings(segmentReader, LuceneFields.Keywords, live);
            for (var bit = 0; bit < queryTerms.Count; bit++)
            {
                var term = queryTerms[bit];
                var mask = bit < SearchScratch.MaskBits ? 1UL << bit : 0;
                var factor = term.Idf * term.Weight * (k1 + 1);
                var inTextDocs = inText.Seek(terms[bit]);
                var inTitleDocs = inTitle.Seek(terms[bit]);
                var inKeywordsDocs = inKeywords.Seek(terms[bit]);
                var textDoc = inTextDocs?.NextDoc() ?? NoMoreDocs;
                var titleDoc = inTitleDocs?.NextDoc() ?? NoMoreDocs;
                var keywordsDoc = inKeywordsDocs?.NextDoc() ?? NoMoreDocs;
                while (true)
                {
                    var doc = Math.Min(textDoc, Math.Min(titleDoc, keywordsDoc));
                    if (doc == NoMoreDocs)
                    {
                        break;
                    }

                    // The embedded index saturates field frequencies at 65535 (text) and 255 (title, keywords).
                    var frequency = 0.0;
                    if (textDoc == doc)
                    {
                        var inTextCount = Math.Min(inTextDocs!.Freq, 65535);
                        frequency +=
                            options.TextWeight
                            * inTextCount
                            / Norm(options.TextB, segment.TextLengths[doc], textAverage);
                        textDoc = inTextDocs.NextDoc();
                        postings++;
                    }

                    if (titleDoc == doc)
                    {
                        var inTitleCount = Math.Min(inTitleDocs!.Freq, 255);
                        frequency +=
                            options.TitleWeight
                            * inTitleCount
                            / Norm(options.TitleB, segment.TitleLengths[doc], titleAverage);
                        titleDoc = inTitleDocs.NextDoc();
                        postings++;
                    }

                    if (keywordsDoc == doc)
                    {
                        var inKeywordsCount = Math.Min(inKeywordsDocs!.Freq, 255);
                        frequency +=
                            options.KeywordsWeight
                            * inKeywordsCount
                            / Norm(options.KeywordsB, segment.KeywordsLengths[doc], keywordsAverage);
                        keywordsDoc = inKeywordsDocs.NextDoc();
                        postings++;
                    }

                    var contribution = factor * frequency / (frequency + k1);
                    var global = docBase + doc;
                    if (stamps[global] != generation)
                    {
                        stamps[global] = generation;
                        scores[global] = contribution;
                        masks[global] = mask;
                        scratch.Touched.Add(global);
                    }
                    else
                    {
                        scores[global] += contribution;
                        masks[global] |= mask;
                    }
                }
            }
        }

        return postings;
    }

    private static double Norm(double b, int length, double average) => 1 - b + (b * length / average);

    private static List<(int Doc, double Score)> TopDocuments(
        ReaderFigures figures,
        ListingFilter filter,
        int top,
        SearchScratch scratch
    )
    {
        var heap = new PriorityQueue<int, (double Score, int Doc)>(top + 1, WorstFirst.Instance);
        foreach (var doc in scratch.Touched)
        {
            var score = scratch.Scores[doc];
            if (
                heap.Count == top
                && heap.TryPeek(out _, out var worst)
                && WorstFirst.Instance.Compare((score, doc), worst) <= 0
            )
            {
                continue;
            }

            if (!Accepts(figures, filter, doc))
            {
                continue;
            }

            heap.Enqueue(doc, (score, doc));
            if (heap.Count > top)
            {
                heap.Dequeue();
            }
        }

        var result = new List<(int Doc, double Score)>(heap.Count);
        while (heap.TryDequeue(out var doc, out var priority))
        {
            result.Add((doc, priority.Score));
        }

        result.Reverse();
        return result;
    }

    internal static bool Accepts(ReaderFigures figures, ListingFilter filter, int doc)
    {
        var leaf = ReaderUtil.SubIndex(doc, figures.Leaves);
        var local = doc - figures.Leaves[leaf].DocBase;
        var isActive = figures.Segments[leaf].Active[local];
        if (filter.Attributes.Count == 0)
        {
            return filter.Accepts(isActive, ListingDocument.NoAttributes);
        }

        var bytes = new BytesRef();
        figures.Leaves[leaf].AtomicReader.GetBinaryDocValues(LuceneFields.Attributes).Get(local, bytes);
        return filter.Accepts(isActive, LuceneDocuments.DecodeAttributes(bytes));
    }

    private static Guid IdOf(ReaderFigures figures, int doc)
    {
        var leaf = ReaderUtil.SubIndex(doc, figures.Leaves);
        var bytes = new BytesRef();
        figures
            .Leaves[leaf]
            .AtomicReader.GetBinaryDocValues(LuceneFields.Id)
            .Get(doc - figures.Leaves[leaf].DocBase, bytes);
        return new Guid(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
    }

    private static List<string> Matched(ulong mask, List<(QueryTerm Term, int Bit)> termsByContribution) =>
        MatchedTerms.WithoutCoveredUnigrams([
            .. termsByContribution
                .Where(t => t.Bit < SearchScratch.MaskBits && (mask & (1UL << t.Bit)) != 0)
                .Select(t => t.Term.Text),
        ]);

    /// <summary>The hit to evict first: the lower score, and on a tie the later document.</summary>
    internal sealed class WorstFirst : IComparer<(double Score, int Doc)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((double Score, int Doc) x, (double Score, int Doc) y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            return byScore != 0 ? byScore : y.Doc.CompareTo(x.Doc);
        }
    }
}
