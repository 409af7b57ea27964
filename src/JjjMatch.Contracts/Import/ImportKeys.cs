using System.Text.RegularExpressions;

namespace JjjMatch.Contracts.Import;

/// <summary>An import key is the SHA-256 of a source line's normalised content, as 64 lower-case hex digits.</summary>
public static partial class ImportKeys
{
    public static bool IsWellFormed(string? key) => key is not null && HexDigits().IsMatch(key);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex HexDigits();
}
