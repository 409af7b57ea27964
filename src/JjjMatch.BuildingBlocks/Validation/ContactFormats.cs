using System.Text.RegularExpressions;

namespace JjjMatch.BuildingBlocks.Validation;

/// <summary>
/// Emails and phone numbers as a person reads them, rather than as RFC 5322 permits: an email has a name, an @ and a
/// domain with a top-level part (<c>a@b</c> and <c>.@hotmail.com</c> are not emails); a phone is a Chinese mobile
/// (<c>138 0013 8000</c>, <c>+86 13800138000</c>), a landline with its area code (<c>010-62751234</c>,
/// <c>(0311)86012345</c>, <c>022-23501234-8001</c>), a 400/800 service number, or an international number in
/// + form (<c>+49 30 1234567</c>).
/// </summary>
public static partial class ContactFormats
{
    public const int EmailMaxLength = 254;

    public static bool IsEmail(string? text) => text is { Length: <= EmailMaxLength } && EmailPattern().IsMatch(text);

    public static bool IsPhone(string? text) =>
        text is { Length: <= 30 }
        && (
            Mobile().IsMatch(text)
            || Landline().IsMatch(text)
            || LandlineFromAbroad().IsMatch(text)
            || ServiceNumber().IsMatch(text)
            || (International().IsMatch(text) && text.Count(char.IsAsciiDigit) is >= 7 and <= 15)
        );

    // Dot-atoms only: no quoted names, no leading, trailing or doubled dots; the domain has at least two labels and
    // a top-level label of letters.
    [GeneratedRegex(
        @"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + @"@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
    )]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^(?:(?:\+|00)86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}$")]
    private static partial Regex Mobile();

    // Area codes: 010 Beijing, 02x the other large cities, 0xxx elsewhere (0311 Shijiazhuang); 7 or 8 digits after.
    [GeneratedRegex(
        @"^(?:\(0(?:10|2[0-9]|[3-9][0-9]{2})\)|0(?:10|2[0-9]|[3-9][0-9]{2}))[ -]?[2-9][0-9]{6,7}"
            + @"(?:(?:-|转|ext\.? ?|x)[0-9]{1,6})?$"
    )]
    private static partial Regex Landline();

    [GeneratedRegex(
        @"^(?:\+|00)86[ -]?(?:\((?:10|2[0-9]|[3-9][0-9]{2})\)|(?:10|2[0-9]|[3-9][0-9]{2}))[ -]?[2-9][0-9]{6,7}$"
    )]
    private static partial Regex LandlineFromAbroad();

    [GeneratedRegex(@"^[48]00[ -]?[0-9]{3}[ -]?[0-9]{4}$")]
    private static partial Regex ServiceNumber();

    [GeneratedRegex(@"^\+(?!86)[1-9][0-9]{0,3}(?:[ -]?[0-9]{1,5}){2,6}$")]
    private static partial Regex International();
}
