using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace JjjMatch.Matching.Engine.Search.Lucene;

/// <summary>
/// What BM25F needs of one point-in-time view of the index: the live documents, their field length sums, and each
/// segment's figures; computed once per reopened reader.
/// </summary>
internal sealed class ReaderFigures
{
    private static readonly ConditionalWeakTable<IndexReader, ReaderFigures> ByReader = [];

    private ReaderFigures(IndexReader reader)
    {
        Leaves = [.. reader.Leaves];
        Segments = [.. Leaves.Select(leaf => SegmentFigures.Of(leaf.AtomicReader))];
        LiveCount = reader.NumDocs;
        for (var i = 0; i < Leaves.Length; i++)
        {
            var live = Leaves[i].AtomicReader.LiveDocs;
            var segment = Segments[i];
            for (var doc = 0; doc < segment.Active.Length; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    TitleLengthSum += segment.TitleLengths[doc];
                    KeywordsLengthSum += segment.KeywordsLengths[doc];
                    TextLengthSum += segment.TextLengths[doc];
                }
            }
        }
    }

    public AtomicReaderContext[] Leaves { get; }

    public SegmentFigures[] Segments { get; }

    public int LiveCount { get; }

    public long TitleLengthSum { get; }

    public long KeywordsLengthSum { get; }

    public long TextLengthSum { get; }

    public static ReaderFigures Of(IndexReader reader) => ByReader.GetValue(reader, r => new ReaderFigures(r));
}
