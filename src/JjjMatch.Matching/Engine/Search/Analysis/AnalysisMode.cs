namespace JjjMatch.Matching.Engine.Search.Analysis;

public enum AnalysisMode
{
    /// <summary>Exactly the analysis of the reference script (and of Elasticsearch's <c>cjk</c> analyzer): CJK bigrams and lowercased latin/digit runs.</summary>
    Reference,

    /// <summary>The matcher's analysis: reference bigrams plus CJK unigrams, width folding, English stop words and Porter stemming.</summary>
    Matching,
}
