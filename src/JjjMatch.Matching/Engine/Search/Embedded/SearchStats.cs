namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>TEMPORARY: postings decoded by all searches, for profiling.</summary>
internal static class SearchStats
{
    public static long Postings;

    public static void Add(long decoded) => Interlocked.Add(ref Postings, decoded);
}
