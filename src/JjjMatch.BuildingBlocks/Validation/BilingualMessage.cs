namespace JjjMatch.BuildingBlocks.Validation;

/// <summary>
/// A message for users in English and Chinese. Validators carry it as one string, "English / 中文", which the problem
/// response splits into <c>errors</c> and <c>errorsZh</c> (docs/api-errors.md).
/// </summary>
public sealed record BilingualMessage(string English, string Chinese)
{
    public const string Separator = " / ";

    public override string ToString() => English + Separator + Chinese;

    /// <summary>
    /// Splits "English / 中文" at the last separator followed by Chinese; a message without Chinese is returned as
    /// its own translation, so <c>errorsZh</c> always names the same fields as <c>errors</c>.
    /// </summary>
    public static BilingualMessage Split(string message)
    {
        var at = message.LastIndexOf(Separator, StringComparison.Ordinal);
        while (at > 0)
        {
            var chinese = message[(at + Separator.Length)..];
            if (chinese.Any(IsCjk))
            {
                return new(message[..at].TrimEnd(), chinese.Trim());
            }

            at = message.LastIndexOf(Separator, at - 1, StringComparison.Ordinal);
        }

        return new(message, message);
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F';
}
