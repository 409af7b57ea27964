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

    // For each term looked up, the segments that have it (bit i for segment i, up to 64).
    private readonly Dictionary<string, ulong> inSegments = new(StringComparer.Ordinal);

    public int LiveCount => liveCount;

    /// <summary>
    /// Whether the segment has <paramref name="term"/> in any field (always true past the 64th segment, or for a term
    /// not looked up): a term it lacks needs no seek in its three fields.
    /// </summary>
    public bool MayHave(string term, int segment) =>
        segment >= 64 || !inSegments.TryGetValue(term, out var have) || (have & (1UL << segment)) != 0;

    public int DocumentFrequency(string term, out int termId)
    {
        var bytes = new BytesRef(term);
        var frequency = 0;
        var have = 0UL;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment is not null && segment.SeekExact(bytes))
            {
                frequency += segment.DocFreq;
                have |= i < 64 ? 1UL << i : 0;
            }
        }

        inSegments[term] = have;

        frequency = Math.Min(frequency, liveCount);
        termId = frequency > 0 ? 0 : -1;
        return frequency;
    }
}
