namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>What query term selection needs to know of an index: how many documents, which contain a term.</summary>
internal interface ITermStatistics
{
    int LiveCount { get; }

    /// <summary>How many live documents contain the term (0 when none); <paramref name="termId"/> names it to the
    /// index that answers, or is negative when it does not know the term.</summary>
    int DocumentFrequency(string term, out int termId);
}
