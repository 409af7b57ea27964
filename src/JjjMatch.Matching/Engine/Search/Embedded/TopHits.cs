namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// The best <c>top</c> documents the filter accepts, by score; on equal scores the earlier ordinal wins, so the result
/// does not depend on the order in which documents are offered.
/// </summary>
internal sealed class TopHits(IndexPartition partition, ListingFilter filter, int top)
{
    private readonly PriorityQueue<int, (double Score, int Ordinal)> heap = new(top + 1, WorstFirst.Instance);

    public bool IsFull => heap.Count == top;

    /// <summary>The score to beat once <see cref="IsFull"/>; on a tie, the earlier ordinal stays.</summary>
    public double Threshold => heap.TryPeek(out _, out var worst) ? worst.Score : double.NegativeInfinity;

    /// <returns>Whether the document was kept.</returns>
    public bool Offer(int ordinal, double score)
    {
        if (IsFull && heap.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare((score, ordinal), worst) <= 0)
        {
            return false;
        }

        if (!filter.Accepts(partition.IsActive(ordinal), partition.AttributesOf(ordinal)))
        {
            return false;
        }

        heap.Enqueue(ordinal, (score, ordinal));
        if (heap.Count > top)
        {
            heap.Dequeue();
        }

        return true;
    }

    /// <summary>The kept documents, best first.</summary>
    public List<(int Ordinal, double Score)> Best()
    {
        var result = new List<(int Ordinal, double Score)>(heap.Count);
        while (heap.TryDequeue(out var ordinal, out var priority))
        {
            result.Add((ordinal, priority.Score));
        }

        result.Reverse();
        return result;
    }

    /// <summary>
    /// Orders the heap so its root is the hit to evict first: the lower score, and on a tie the later document.
    /// </summary>
    private sealed class WorstFirst : IComparer<(double Score, int Ordinal)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((double Score, int Ordinal) x, (double Score, int Ordinal) y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            return byScore != 0 ? byScore : y.Ordinal.CompareTo(x.Ordinal);
        }
    }
}
