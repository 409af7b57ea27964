using JjjMatch.Matching.Engine.Search.Embedded;
using Lucene.Net.Index;

namespace JjjMatch.Matching.Engine.Search.Lucene;

/// <summary>
/// Document frequencies from the field of all terms. Like every Lucene index, a replaced or removed document still
/// counts until a merge drops it; the count never exceeds the live documents.
/// </summary>
internal sealed class LuceneTermStatistics(IndexReader reader, int liveCount) : ITermStatistics
{
    public int LiveCount => liveCount;

    public int DocumentFrequency(string term, out int termId)
    {
        var frequency = Math.Min(reader.DocFreq(new Term(LuceneFields.Any, term)), liveCount);
        termId = frequency > 0 ? 0 : -1;
        return frequency;
    }
}
