namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// A query term found in the index, with its inverse document frequency and its weight in this query.
/// </summary>
internal readonly record struct QueryTerm(int TermId, string Text, double Idf, double Weight)
{
    public double MaxContribution => Idf * Weight;
}
