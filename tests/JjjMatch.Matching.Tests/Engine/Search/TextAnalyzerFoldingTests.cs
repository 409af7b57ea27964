using JjjMatch.TextAnalysis;

namespace JjjMatch.Matching.Tests.Engine.Search;

/// <summary>
/// Folding takes shortcuts for ASCII and CJK; over the whole BMP it must still lower-case exactly as
/// char.ToLowerInvariant.
/// </summary>
public sealed class TextAnalyzerFoldingTests
{
    [Fact]
    public void Every_single_character_folds_as_char_ToLowerInvariant_after_full_width_folding()
    {
        var mismatches = new List<string>();
        for (var code = 1; code <= 0xffff; code++)
        {
            var c = (char)code;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            var actual = TextAnalyzer.Matching.Analyze(c.ToString());

            var expected = Expected(c);
            if (!actual.SequenceEqual(expected))
            {
                mismatches.Add($"U+{code:X4}: [{string.Join(",", actual)}] != [{string.Join(",", expected)}]");
            }
        }

        mismatches.ShouldBeEmpty();
    }

    // One character gives at most one term: a CJK unigram, or a one-letter word (which Porter leaves alone) unless it
    // is a stop word.
    private static List<string> Expected(char c)
    {
        var folded = char.ToLowerInvariant(c is >= '\uff01' and <= '\uff5e' ? (char)(c - 0xfee0) : c);
        if (folded is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf')
        {
            return [folded.ToString()];
        }

        if (folded < '\u2e80' && char.IsLetterOrDigit(folded))
        {
            return folded == 'a' ? [] : [folded.ToString()];
        }

        return [];
    }
}
