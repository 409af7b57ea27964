namespace JjjMatch.TextAnalysis;

/// <summary>Receives an analyser's terms one at a time; a term's span is valid only during the call.</summary>
public interface ITermSink
{
    void Add(ReadOnlySpan<char> term);
}
