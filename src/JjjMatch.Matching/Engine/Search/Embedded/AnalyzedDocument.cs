using JjjMatch.TextAnalysis;

namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// A document turned into distinct terms (in the order first met: title, keywords, text) with packed field
/// frequencies, ready to be added under the write lock. The terms are one string cut at <see cref="TermEnds"/>, not a
/// string each: a batch waiting to be added then holds a few objects per document instead of hundreds, which is what
/// kept the garbage collector busy while indexing.
/// </summary>
internal sealed record AnalyzedDocument(
    ListingDocument Source,
    string Terms,
    int[] TermEnds,
    int[] PackedFrequencies,
    int TitleLength,
    int KeywordsLength,
    int TextLength
)
{
    [ThreadStatic]
    private static TermCounter? counter;

    public int TermCount => TermEnds.Length;

    public ReadOnlySpan<char> Term(int index)
    {
        var start = index == 0 ? 0 : TermEnds[index - 1];
        return Terms.AsSpan(start, TermEnds[index] - start);
    }

    public static AnalyzedDocument Analyze(ListingDocument document, ITextAnalyzer analyzer)
    {
        var terms = counter ??= new TermCounter();
        terms.Clear();
        analyzer.Analyze(document.Title, terms);
        terms.Field = TermCounter.Keywords;
        analyzer.Analyze(string.Join('\n', document.Keywords), terms);
        terms.Field = TermCounter.Text;
        analyzer.Analyze(document.Text, terms);
        return new AnalyzedDocument(
            document,
            terms.Terms(),
            terms.Ends(),
            terms.PackedFrequencies(),
            terms.Length(TermCounter.Title),
            terms.Length(TermCounter.Keywords),
            terms.Length(TermCounter.Text)
        );
    }
}
