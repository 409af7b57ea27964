namespace JjjMatch.Matching.Engine.Search.Lucene;

/// <summary>
/// What searches read, summed over the searches given this object: a measure of their work that does not depend on
/// the machine or its load (for the benchmark and the tests; not thread-safe, one per thread).
/// </summary>
public sealed class LuceneSearchWork
{
    public long Searches { get; private set; }

    /// <summary>Calls to the field postings: each reads the next posting or skips ahead to a document.</summary>
    public long PostingMoves { get; private set; }

    /// <summary>Documents scored on the terms that drive the search (on all their terms when exhaustive).</summary>
    public long Candidates { get; private set; }

    /// <summary>Documents scored on every query term, their score exact.</summary>
    public long Scored { get; private set; }

    internal void Add(long postingMoves, long candidates, long scored)
    {
        Searches++;
        PostingMoves += postingMoves;
        Candidates += candidates;
        Scored += scored;
    }
}
