using JjjMatch.Matching.Engine.Search.Embedded;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace JjjMatch.Matching.Engine.Search.Lucene;

/// <summary>
/// Document frequencies from the field of all terms, one terms enumerator per segment for the whole query. Like every
/// Lucene index, a replaced or removed document still counts until a merge drops it; the count never exceeds the live
/// documents.
/// </summary>
internal sealed class LuceneTermStatistics(IndexReader reader, int liveCount) : ITermStatistics
{
    private readonly TermsEnum?[] segments =
    [
        .. reader.Leaves.Select(leaf => leaf.AtomicReader.GetTerms(LuceneFields.Any)?.GetEnumerator()),
    ];

    public int LiveCount => liveCount;

    public int DocumentFrequency(string term, out int termId)
    {
        var bytes = new BytesRef(term);
        var frequency = 0;
        foreach (var segment in segments)
        {
            if (segment is not null && segment.SeekExact(bytes))
            {
                frequency += segment.DocFreq;
            }
        }

        frequency = Math.Min(frequency, liveCount);
        termId = frequency > 0 ? 0 : -1;
        return frequency;
    }
}
