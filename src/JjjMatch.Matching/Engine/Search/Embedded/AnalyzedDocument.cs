using System.Runtime.InteropServices;
using JjjMatch.TextAnalysis;

namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// A document turned into distinct terms with packed field frequencies, ready to be added under the write lock.
/// </summary>
internal sealed record AnalyzedDocument(
    ListingDocument Source,
    string[] Terms,
    int[] PackedFrequencies,
    int TitleLength,
    int KeywordsLength,
    int TextLength
)
{
    public static AnalyzedDocument Analyze(ListingDocument document, ITextAnalyzer analyzer)
    {
        var title = analyzer.Analyze(document.Title);
        var keywords = analyzer.Analyze(string.Join('\n', document.Keywords));
        var text = analyzer.Analyze(document.Text);

        var counts = new Dictionary<string, FieldCounts>(
            title.Count + keywords.Count + text.Count,
            StringComparer.Ordinal
        );
        foreach (var term in title)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _).Title++;
        }

        foreach (var term in keywords)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _).Keywords++;
        }

        foreach (var term in text)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _).Text++;
        }

        var terms = new string[counts.Count];
        var frequencies = new int[counts.Count];
        var i = 0;
        foreach (var (term, count) in counts)
        {
            terms[i] = term;
            frequencies[i] = FieldFrequencies.Pack(count.Title, count.Keywords, count.Text);
            i++;
        }

        return new AnalyzedDocument(document, terms, frequencies, title.Count, keywords.Count, text.Count);
    }

    private struct FieldCounts
    {
        public int Title;
        public int Keywords;
        public int Text;
    }
}
