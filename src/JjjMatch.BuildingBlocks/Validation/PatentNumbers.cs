using System.Text.RegularExpressions;

namespace JjjMatch.BuildingBlocks.Validation;

/// <summary>
/// Chinese patent numbers as CNIPA writes them: <c>ZL</c>, the application number and its check character after a
/// dot, e.g. <c>ZL201720001285.X</c>. The application number has 12 digits (from 2003: year, kind, serial) or 8
/// (before 2003: ZL98123456.7); the check character is the digits weighted 2,3,4,5,6,7,8,9,2,3,4,5, summed, mod 11,
/// with 10 written X. <c>ZL</c> may be left out, as applicants often do.
/// </summary>
public static partial class PatentNumbers
{
    public const string Example = "ZL201720001285.X";

    private static readonly int[] Weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

    public static bool IsValid(string? number)
    {
        var match = number is null ? null : Pattern().Match(number);
        return match is { Success: true }
            && CheckCharacter(match.Groups["digits"].Value) == char.ToUpperInvariant(match.Groups["check"].Value[0]);
    }

    public static char CheckCharacter(string digits)
    {
        var sum = digits.Select((digit, i) => (digit - '0') * Weights[i]).Sum();
        return sum % 11 is var check && check == 10 ? 'X' : (char)('0' + check);
    }

    /// <summary>The full number for an application number: ZL, the digits, a dot and the check character.</summary>
    public static string Format(string digits) => $"ZL{digits}.{CheckCharacter(digits)}";

    [GeneratedRegex(@"^(?:ZL)?(?<digits>[0-9]{12}|[0-9]{8})\.(?<check>[0-9Xx])$")]
    private static partial Regex Pattern();
}
