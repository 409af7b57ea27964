using System.Buffers;

namespace JjjMatch.TextAnalysis;

/// <summary>
/// Turns mixed Chinese/English text into index terms. Every character is only text: there is no query syntax,
/// so quotes, <c>*</c>, <c>OR</c>, <c>:</c>, brackets and backslashes are separators or words like any other.
/// CJK runs become overlapping character bigrams (a one-character run stays a unigram), as Elasticsearch's
/// <c>cjk</c> analyzer does, and each character of a longer run a unigram too, so one-character words and
/// word boundaries that bigrams straddle still count.
/// </summary>
public sealed class TextAnalyzer : ITextAnalyzer
{
    private TextAnalyzer() { }

    public static TextAnalyzer Matching { get; } = new();

    /// <summary>True for a single CJK character term, which the analyser emits as a unigram.</summary>
    public static bool IsCjkUnigram(string term) => term.Length == 1 && CharClass.IsCjk(term[0]);

    public List<string> Analyze(string? text)
    {
        var terms = new List<string>();
        Analyze(text, terms);
        return terms;
    }

    public static void Analyze(string? text, List<string> terms) => Emit(text, new ListSink(terms));

    public void Analyze(string? text, ITermSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        Emit(text, sink);
    }

    private static void Emit(string? text, ITermSink terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var folded = buffer.AsSpan(0, text.Length);
            for (var k = 0; k < text.Length; k++)
            {
                folded[k] = CharClass.Fold(text[k]);
            }

            Emit(folded, terms);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static void Emit(ReadOnlySpan<char> folded, ITermSink terms)
    {
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (CharClass.IsCjk(c))
            {
                var start = i;
                while (i < folded.Length && CharClass.IsCjk(folded[i]))
                {
                    i++;
                }

                AddCjkRun(folded[start..i], terms);
            }
            else if (CharClass.IsAlphabeticWordChar(c))
            {
                var start = i;
                while (i < folded.Length && CharClass.IsAlphabeticWordChar(folded[i]))
                {
                    i++;
                }

                AddWord(folded[start..i], terms);
            }
            else
            {
                i++;
            }
        }
    }

    private static void AddCjkRun(ReadOnlySpan<char> run, ITermSink terms)
    {
        if (run.Length == 1)
        {
            terms.Add(run);
            return;
        }

        for (var i = 0; i + 1 < run.Length; i++)
        {
            terms.Add(run.Slice(i, 2));
        }

        for (var i = 0; i < run.Length; i++)
        {
            terms.Add(run.Slice(i, 1));
        }
    }

    private static void AddWord(ReadOnlySpan<char> word, ITermSink terms)
    {
        if (EnglishStopWords.Contains(word))
        {
            return;
        }

        terms.Add(IsAllLetters(word) ? PorterStemmer.Stem(word.ToString()) : word);
    }

    private static bool IsAllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private sealed class ListSink(List<string> terms) : ITermSink
    {
        public void Add(ReadOnlySpan<char> term) => terms.Add(term.ToString());
    }
}
