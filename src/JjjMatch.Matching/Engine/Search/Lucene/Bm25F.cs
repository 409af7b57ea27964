using JjjMatch.Matching.Engine.Search.Embedded;

namespace JjjMatch.Matching.Engine.Search.Lucene;

/// <summary>The average field lengths BM25F normalises by (over the live documents of one reader).</summary>
internal readonly record struct FieldAverages(double Text, double Title, double Keywords)
{
    public static FieldAverages Of(ReaderFigures figures)
    {
        var count = figures.LiveCount;
        return new FieldAverages(
            Math.Max(1e-9, (double)figures.TextLengthSum / count),
            Math.Max(1e-9, (double)figures.TitleLengthSum / count),
            Math.Max(1e-9, (double)figures.KeywordsLengthSum / count)
        );
    }
}

/// <summary>
/// BM25F for the pruned search, with the exhaustive path's arithmetic operation for operation (<see
/// cref="LuceneSearcher"/>), so both give the same scores to the bit.
/// </summary>
internal static class Bm25F
{
    /// <summary>
    /// tf~: the field frequencies of the cursor's document, each normalised by its field's length and weighted,
    /// summed in the order text, title, keywords (saturated at 65535 for the text and 255 for title and keywords,
    /// as the embedded index packs them).
    /// </summary>
    public static double Frequency(
        TermCursor cursor,
        int doc,
        SegmentFigures segment,
        FieldAverages averages,
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

        return frequency;
    }

    /// <summary>The term's contribution to the score: its factor (idf · weight · (k1 + 1)), saturated.</summary>
    public static double Contribution(double factor, double frequency, double k1) =>
        factor * frequency / (frequency + k1);

    private static double Norm(double b, int length, double average) => 1 - b + (b * length / average);
}
