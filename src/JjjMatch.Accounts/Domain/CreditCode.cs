namespace JjjMatch.Accounts.Domain;

/// <summary>
/// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character alphabet whose
/// last character is a check character over the first 17 (weights 3^i mod 31, check = 31 - sum mod 31).
/// </summary>
public static class CreditCode
{
    public const int Length = 18;

    /// <summary>Digits and capitals without I, O, Z, S, V, in value order.</summary>
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The code as stored: trimmed and upper case.</summary>
    public static string Normalise(string code) => code.Trim().ToUpperInvariant();

    public static bool IsValid(string? code)
    {
        if (code is null)
        {
            return false;
        }

        var text = Normalise(code);
        if (text.Length != Length || text.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        return CheckCharacter(text.AsSpan(0, Length - 1)) == text[Length - 1];
    }

    /// <summary>The check character for the first 17 characters (which must be in the alphabet).</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }
}
