using System.Runtime.CompilerServices;

namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// One posting's BM25F contribution: field frequencies length-normalised per field, weighted, summed, then saturated
/// once. Both searches compute it here, in the same order, so their scores agree to the bit. The length norms are
/// tabled per length (<see cref="FieldNorm"/>), which spares two of a posting's three divisions; the tables hold for as
/// long as the partition's average lengths do (<see cref="For"/>).
/// </summary>
internal sealed class Bm25F
{
    private readonly EmbeddedIndexOptions options;
    private readonly (int Count, long Title, long Keywords, long Text) lengths;
    private readonly FieldNorm title;
    private readonly FieldNorm keywords;
    private readonly FieldNorm text;

    private Bm25F(IndexPartition partition, EmbeddedIndexOptions options)
    {
        this.options = options;
        lengths = LengthsOf(partition);
        var count = partition.LiveCount;
        title = new FieldNorm(options.TitleWeight, options.TitleB, Average(partition.TitleLengthSum, count), 1024);
        keywords = new FieldNorm(
            options.KeywordsWeight,
            options.KeywordsB,
            Average(partition.KeywordsLengthSum, count),
            1024
        );
        text = new FieldNorm(options.TextWeight, options.TextB, Average(partition.TextLengthSum, count), 8192);
    }

    /// <summary>The partition's scoring, built again only when its average lengths or the options changed.</summary>
    public static Bm25F For(IndexPartition partition, EmbeddedIndexOptions options)
    {
        var cached = partition.Scoring;
        if (cached is null || cached.options != options || cached.lengths != LengthsOf(partition))
        {
            cached = new Bm25F(partition, options);
            partition.Scoring = cached;
        }

        return cached;
    }

    /// <summary>What a term's postings are multiplied by; no contribution of the term exceeds it.</summary>
    public double Factor(QueryTerm term) => term.Idf * term.Weight * (options.K1 + 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Contribution(IndexPartition partition, double factor, int ordinal, int packed)
    {
        var frequency = 0.0;
        if (FieldFrequencies.Text(packed) is var inText and > 0)
        {
            frequency += text.Of(inText, partition.TextLength(ordinal));
        }

        if (FieldFrequencies.Title(packed) is var inTitle and > 0)
        {
            frequency += title.Of(inTitle, partition.TitleLength(ordinal));
        }

        if (FieldFrequencies.Keywords(packed) is var inKeywords and > 0)
        {
            frequency += keywords.Of(inKeywords, partition.KeywordsLength(ordinal));
        }

        return factor * frequency / (frequency + options.K1);
    }

    private static (int, long, long, long) LengthsOf(IndexPartition partition) =>
        (partition.LiveCount, partition.TitleLengthSum, partition.KeywordsLengthSum, partition.TextLengthSum);

    private static double Average(long sum, int count) => Math.Max(1e-9, (double)sum / count);

    /// <summary>
    /// A field's weighted, length-normalised frequency, <c>weight · tf / (1 − b + b · length / average)</c>, with the
    /// norm of each length up to a bound and the whole value for tf = 1 looked up: the same doubles as computed.
    /// </summary>
    private sealed class FieldNorm
    {
        private readonly double weight;
        private readonly double b;
        private readonly double average;
        private readonly double[] norms;
        private readonly double[] once;

        public FieldNorm(double weight, double b, double average, int lengths)
        {
            this.weight = weight;
            this.b = b;
            this.average = average;
            norms = new double[lengths];
            once = new double[lengths];
            for (var length = 0; length < lengths; length++)
            {
                norms[length] = Norm(length);
                once[length] = weight * 1 / norms[length];
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double Of(int frequency, int length)
        {
            if ((uint)length >= (uint)norms.Length)
            {
                return weight * frequency / Norm(length);
            }

            return frequency == 1 ? once[length] : weight * frequency / norms[length];
        }

        private double Norm(int length) => 1 - b + (b * length / average);
    }
}
