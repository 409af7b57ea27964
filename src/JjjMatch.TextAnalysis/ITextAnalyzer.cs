namespace JjjMatch.TextAnalysis;

/// <summary>
/// Turns text into index terms. The embedded index takes one, so that a benchmark can rank with another analysis.
/// </summary>
public interface ITextAnalyzer
{
    List<string> Analyze(string? text);

    /// <summary>
    /// The same terms, in the same order, handed to <paramref name="sink"/>: an analyser that can spares the string
    /// per term, which is most of what indexing allocates.
    /// </summary>
    void Analyze(string? text, ITermSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var term in Analyze(text))
        {
            sink.Add(term);
        }
    }
}
