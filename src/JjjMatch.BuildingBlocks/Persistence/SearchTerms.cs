using System.Globalization;
using System.Text;
using JjjMatch.BuildingBlocks.Validation;

namespace JjjMatch.BuildingBlocks.Persistence;

/// <summary>
/// The words of a list search's <c>text</c>, split as the matcher's analyzer splits text: runs of letters and digits,
/// with every space, punctuation mark and symbol a separator, so <c>缺陷"检测</c>, <c>缺陷，检测</c> and
/// <c>缺陷 检测</c> are the same two words. Lower-case and NFC, as listings' search text is stored. A word never holds
/// a LIKE wildcard (% or _), so it is matched literally.
/// </summary>
public static class SearchTerms
{
    public static IReadOnlyList<string> Of(string? text)
    {
        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in UserText.Normalize(text ?? "").ToLowerInvariant())
        {
            if (
                char.IsLetterOrDigit(c)
                || CharUnicodeInfo.GetUnicodeCategory(c)
                    is UnicodeCategory.NonSpacingMark
                        or UnicodeCategory.SpacingCombiningMark
            )
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                terms.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            terms.Add(word.ToString());
        }

        return terms.Distinct().ToList();
    }
}
