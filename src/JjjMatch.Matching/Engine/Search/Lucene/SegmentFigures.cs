using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace JjjMatch.Matching.Engine.Search.Lucene;

/// <summary>
/// One segment's field lengths and active flags, read once from its doc values into arrays (a segment never changes
/// but for deletions): BM25F reads them for every posting it scores.
/// </summary>
internal sealed class SegmentFigures
{
    private static readonly ConditionalWeakTable<object, SegmentFigures> BySegment = [];

    private SegmentFigures(AtomicReader segment)
    {
        var count = segment.MaxDoc;
        TitleLengths = Read(segment, LuceneFields.TitleLength, count);
        KeywordsLengths = Read(segment, LuceneFields.KeywordsLength, count);
        TextLengths = Read(segment, LuceneFields.TextLength, count);
        var active = Read(segment, LuceneFields.Active, count);
        Active = Array.ConvertAll(active, flag => flag != 0);
    }

    public int[] TitleLengths { get; }

    public int[] KeywordsLengths { get; }

    public int[] TextLengths { get; }

    public bool[] Active { get; }

    public static SegmentFigures Of(AtomicReader segment) =>
        BySegment.GetValue(segment.CoreCacheKey, _ => new SegmentFigures(segment));

    private static int[] Read(AtomicReader segment, string field, int count)
    {
        var values = new int[count];
        if (segment.GetNumericDocValues(field) is { } stored)
        {
            for (var doc = 0; doc < count; doc++)
            {
                values[doc] = (int)stored.Get(doc);
            }
        }

        return values;
    }
}
