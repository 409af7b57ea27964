using JjjMatch.Contracts.Shared;

namespace JjjMatch.Contracts.Taxonomy;

/// <summary>
/// The 9-level technology readiness scale of GB/T 22900 appendix A, and the words market listings use for it.
/// The word map is documented in docs/domain.md.
/// </summary>
public static class MaturityLevels
{
    public const int Min = 1;
    public const int Max = 9;

    private static readonly Dictionary<string, int> MarketWords = new()
    {
        ["正在研发"] = 3,
        ["研发阶段"] = 3,
        ["实验室阶段"] = 4,
        ["已有样品"] = 5,
        ["通过小试"] = 6,
        ["通过中试"] = 7,
        ["可以量产"] = 9,
        ["已量产"] = 9,
    };

    public static bool IsValid(Maturity? maturity) =>
        maturity is not null && maturity.Scale == Maturity.Trl && maturity.Level is >= Min and <= Max;

    /// <summary>Maps a market word (已有样品, 通过中试 ...) to a TRL level; null when the word is unknown.</summary>
    public static Maturity? FromMarketWord(string? word) =>
        word is not null && MarketWords.TryGetValue(word.Trim(), out var level)
            ? new Maturity(Maturity.Trl, level)
            : null;
}
