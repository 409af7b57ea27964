namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// Per-thread score accumulators, reused across queries: a generation stamp marks which slots belong to the
/// current query, so nothing is cleared between queries and concurrent readers never share state.
/// </summary>
internal sealed class SearchScratch
{
    [ThreadStatic]
    private static SearchScratch? current;

    public const int MaskBits = 64;

    private int generation;

    public double[] Scores { get; private set; } = [];

    public int[] Stamps { get; private set; } = [];

    /// <summary>Which of the first <see cref="MaskBits"/> query terms each touched document matched.</summary>
    public ulong[] Masks { get; private set; } = [];

    public List<int> Touched { get; } = [];

    public int Generation => generation;

    public static SearchScratch For(int capacity)
    {
        var scratch = current ??= new SearchScratch();
        scratch.Reset(capacity);
        return scratch;
    }

    private void Reset(int capacity)
    {
        if (Scores.Length < capacity)
        {
            var size = Math.Max(capacity, Scores.Length * 2);
            Scores = new double[size];
            Stamps = new int[size];
            Masks = new ulong[size];
            generation = 0;
        }

        generation++;
        if (generation == int.MaxValue)
        {
            Array.Clear(Stamps);
            generation = 1;
        }

        Touched.Clear();
    }
}
