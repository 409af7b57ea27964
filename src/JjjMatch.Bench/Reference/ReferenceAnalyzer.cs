using JjjMatch.TextAnalysis;

namespace JjjMatch.Bench.Reference;

/// <summary>
/// Exactly <c>tokens()</c> of <c>bm25_reference.py</c> (and Elasticsearch's <c>cjk</c> analyzer): lowercase; runs of
/// CJK become overlapping character bigrams (a one-character run stays a unigram); runs of <c>[a-z0-9]</c> one term.
/// The benchmarks compare the matcher and the baselines against it.
/// </summary>
public sealed class ReferenceAnalyzer : ITextAnalyzer
{
    private ReferenceAnalyzer() { }

    public static ReferenceAnalyzer Instance { get; } = new();

    public List<string> Analyze(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return terms;
        }

        var lower = text.ToLowerInvariant();
        var i = 0;
        while (i < lower.Length)
        {
            var start = i;
            if (IsCjk(lower[i]))
            {
                while (i < lower.Length && IsCjk(lower[i]))
                {
                    i++;
                }

                AddBigrams(lower.AsSpan(start, i - start), terms);
            }
            else if (IsWordChar(lower[i]))
            {
                while (i < lower.Length && IsWordChar(lower[i]))
                {
                    i++;
                }

                terms.Add(lower[start..i]);
            }
            else
            {
                i++;
            }
        }

        return terms;
    }

    // The script's own ranges, spelled out here so that the matcher's analysis can change without moving the reference.
    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    private static bool IsWordChar(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9';

    private static void AddBigrams(ReadOnlySpan<char> run, List<string> terms)
    {
        if (run.Length == 1)
        {
            terms.Add(run.ToString());
            return;
        }

        for (var i = 0; i + 1 < run.Length; i++)
        {
            terms.Add(run.Slice(i, 2).ToString());
        }
    }
}
