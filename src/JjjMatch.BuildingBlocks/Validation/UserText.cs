using System.Globalization;
using System.Text;

namespace JjjMatch.BuildingBlocks.Validation;

/// <summary>
/// The one rule for text a person typed, in every field of every service: no control characters other than tab and
/// newline (a CR before an LF counts as part of the newline), valid Unicode, and not blank once the invisible
/// characters (spaces, zero-width spaces, joiners, byte-order marks, other format characters) are removed. Text is
/// normalised to NFC where it enters (<see cref="Http.NfcStringJsonConverter"/>), so "é" typed two ways is one
/// string.
/// </summary>
public static class UserText
{
    public static readonly BilingualMessage ControlCharacter = new(
        "Contains a control character (only tab and newline are allowed)",
        "含有控制字符（仅允许制表符和换行）"
    );

    public static readonly BilingualMessage Blank = new(
        "Is blank: it has no visible character",
        "内容为空白：没有可见字符"
    );

    public static readonly BilingualMessage BrokenUnicode = new(
        "Is not valid Unicode text (a lone surrogate)",
        "不是有效的 Unicode 文本"
    );

    /// <summary>What is wrong with <paramref name="text"/>, or null when it is acceptable text.</summary>
    public static BilingualMessage? Problem(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var visible = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                visible |= !IsInvisible(char.ConvertToUtf32(c, text[i + 1]));
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return BrokenUnicode;
            }

            if (
                char.IsControl(c)
                && c is not '\t' and not '\n'
                && !(c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            )
            {
                return ControlCharacter;
            }

            visible |= !IsInvisible(c);
        }

        return visible ? null : Blank;
    }

    /// <summary>NFC, or the text unchanged when it is not valid Unicode (the rule above then refuses it).</summary>
    public static string Normalize(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    private static bool IsInvisible(int codePoint) =>
        CharUnicodeInfo.GetUnicodeCategory(codePoint)
            is UnicodeCategory.SpaceSeparator
                or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Control
                or UnicodeCategory.Format
        // Hangul fillers and the Braille blank render as nothing but are letters or symbols to Unicode.
        || codePoint is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800;
}
