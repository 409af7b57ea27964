namespace JjjMatch.TextAnalysis;

/// <summary>
/// Turns text into index terms. The embedded index takes one, so that a benchmark can rank with another analysis.
/// </summary>
public interface ITextAnalyzer
{
    List<string> Analyze(string? text);
}
