namespace JjjMatch.TextAnalysis;

internal static class CharClass
{
    // The reference script's ranges: the CJK Unified Ideographs block and extension A.
    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    // Latin, Greek and Cyrillic letters and digits: everything alphabetic below the CJK radicals block.
    public static bool IsAlphabeticWordChar(char c) => c < '\u2e80' && char.IsLetterOrDigit(c);

    /// <summary>Folds full-width ASCII (ＡＰＰ, ５Ｇ), common in Chinese listings, onto ASCII, then lowercases.</summary>
    public static char Fold(char c)
    {
        if (c is >= '\uff01' and <= '\uff5e')
        {
            c = (char)(c - 0xfee0);
        }

        // ASCII and CJK ideographs (most of every listing) need no case table: char.ToLowerInvariant asks ICU
        // for each non-ASCII character, which was an eighth of all indexing time.
        if (c < '\u0080')
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        return IsCjk(c) ? c : char.ToLowerInvariant(c);
    }
}
