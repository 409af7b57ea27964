using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using JjjMatch.BuildingBlocks.Validation;

namespace JjjMatch.Import;

/// <summary>Reading the market's text fields and fitting them to the product's length rules.</summary>
public static class ImportText
{
    /// <summary>
    /// The text of a property, trimmed; empty when absent or null, a bad line when it is not text. The market's export
    /// carries stray control characters (U+0002 where a hyphen was, "Al-Zn\u0002Mg"), which the API's text rule
    /// refuses: they are read as spaces, and the text in NFC.
    /// </summary>
    public static string Read(JsonObject line, string property) =>
        line[property] switch
        {
            null => "",
            var node when node.GetValueKind() == JsonValueKind.String => Scrub(node.GetValue<string>()).Trim(),
            _ => throw new ImportLineException($"{property}: expected text"),
        };

    private static string Scrub(string text) => UserText.Normalize(string.Create(text.Length, text, (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    var c = source[i];
                    span[i] = char.IsControl(c) && c is not '\t' and not '\n' ? ' ' : c;
                }
            }));

    /// <summary>
    /// At most <paramref name="max"/> characters as a reader counts them (never half a surrogate pair).
    /// </summary>
    public static string Cut(string text, int max)
    {
        if (TextRules.CharacterCount(text) <= max)
        {
            return text;
        }

        var info = new StringInfo(text);
        return info.SubstringByTextElements(0, max).TrimEnd();
    }

    /// <summary>
    /// The description when it says something (at least <paramref name="min"/> characters), else the listing's own
    /// facts
    /// (title, labels) joined: the product requires a description, and the source has only these.
    /// </summary>
    public static string Describe(string description, int min, int max, params string[] facts)
    {
        if (TextRules.CharacterCount(description) >= min)
        {
            return Cut(description, max);
        }

        var parts = facts.Append(description).Where(p => p.Length > 0).Distinct();
        return Cut(string.Join("；", parts), max);
    }
}
