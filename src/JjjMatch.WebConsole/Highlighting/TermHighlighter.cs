using JiebaNet.Segmenter;

namespace JjjMatch.WebConsole.Highlighting;

public readonly record struct TextPart(string Text, bool Matched);

/// <summary>
/// Marks the matcher's matched terms in a listing's text as whole words: jieba cuts the text into words and a word is
/// marked when it holds a Chinese term (the matcher's unigrams and bigrams) or is a Latin term. Display only: the
/// matcher's own analysis, and so its ranking, is untouched.
/// </summary>
public static class TermHighlighter
{
    private static readonly Lazy<JiebaSegmenter> Segmenter = new(() =>
    {
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "jieba");
        return new JiebaSegmenter();
    });

    // jieba's segmenter keeps caches of its own; one cut at a time keeps them consistent.
    private static readonly Lock Gate = new();

    private static int warming;

    /// <summary>
    /// Starts loading the dictionary on the first console request, so that the first pair page does not wait for it
    /// (4.5 s cold against 0.35 s warm, embedded default, Release). Not at start-up: every test host would pay it.
    /// </summary>
    public static void WarmInBackground()
    {
        if (Interlocked.Exchange(ref warming, 1) == 0)
        {
            _ = Task.Run(() => Segmenter.Value);
        }
    }

    public static IReadOnlyList<TextPart> Highlight(string text, IReadOnlyCollection<string> terms)
    {
        if (string.IsNullOrEmpty(text) || terms.Count == 0)
        {
            return [new TextPart(text, false)];
        }

        List<string> words;
        lock (Gate)
        {
            words = [.. Segmenter.Value.Cut(text, cutAll: false, hmm: true)];
        }

        var parts = new List<TextPart>();
        var position = 0;
        foreach (var word in words)
        {
            var at = text.IndexOf(word, position, StringComparison.Ordinal);
            if (word.Length == 0 || at < 0)
            {
                continue;
            }

            Add(parts, text[position..at], false);
            Add(parts, word, Matches(word, terms));
            position = at + word.Length;
        }

        Add(parts, text[position..], false);
        return parts;
    }

    private static bool Matches(string word, IReadOnlyCollection<string> terms) =>
        terms.Any(term =>
            term.Length > 0
            && (
                term.Any(IsChinese)
                    ? word.Contains(term, StringComparison.Ordinal)
                    : word.Equals(term, StringComparison.OrdinalIgnoreCase)
            )
        );

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static void Add(List<TextPart> parts, string text, bool matched)
    {
        if (text.Length == 0)
        {
            return;
        }

        // Neighbouring unmarked pieces become one; marked words stay words.
        if (!matched && parts.Count > 0 && !parts[^1].Matched)
        {
            parts[^1] = new TextPart(parts[^1].Text + text, false);
            return;
        }

        parts.Add(new TextPart(text, matched));
    }
}
