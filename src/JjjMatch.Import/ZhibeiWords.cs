using System.Globalization;
using System.Text.RegularExpressions;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.Import;

/// <summary>
/// The market's words for cooperation, patents and prices, and what they mean in the product (docs/import.md).
/// </summary>
public static partial class ZhibeiWords
{
    /// <summary>An achievement's 转化方式, written run together ("完全转让许可转让技术入股").</summary>
    private static readonly (string Word, CooperationModes Modes)[] TransferWords =
    [
        ("完全转让", CooperationModes.Assignment),
        ("许可转让", CooperationModes.NonExclusiveLicence),
        ("技术入股", CooperationModes.Equity),
        ("合作生产", CooperationModes.JointDevelopment),
        ("其他", CooperationModes.None),
    ];

    /// <summary>A demand's 合作方式, comma-separated ("技术转让,技术许可,委托开发").</summary>
    private static readonly Dictionary<string, CooperationModes> DemandWords = new()
    {
        ["技术转让"] = CooperationModes.Assignment,
        // The enterprise accepts a licence and does not say which kind: either will do.
        ["技术许可"] = CooperationModes.NonExclusiveLicence | CooperationModes.ExclusiveLicence,
        ["委托开发"] = CooperationModes.JointDevelopment,
        ["合作开发"] = CooperationModes.JointDevelopment,
        ["技术入股"] = CooperationModes.Equity,
        ["技术服务"] = CooperationModes.TechnicalService,
        ["技术咨询"] = CooperationModes.TechnicalService,
        ["其他"] = CooperationModes.None,
    };

    private static readonly Dictionary<string, PatentKind?> PatentWords = new()
    {
        ["非专利技术"] = null,
        ["发明专利"] = PatentKind.Invention,
        ["实用新型专利"] = PatentKind.UtilityModel,
        ["实用新型"] = PatentKind.UtilityModel,
        ["外观专利"] = PatentKind.Design,
        ["外观设计专利"] = PatentKind.Design,
        ["外观设计"] = PatentKind.Design,
    };

    private static readonly char[] Separators = [',', '，', '、', ';', '；', ' ', '/'];

    public static CooperationModes TransferModes(string text)
    {
        var modes = CooperationModes.None;
        var at = 0;
        while (at < text.Length)
        {
            if (Separators.Contains(text[at]))
            {
                at++;
                continue;
            }

            var (word, mode) = TransferWords.FirstOrDefault(w =>
                string.CompareOrdinal(text, at, w.Word, 0, w.Word.Length) == 0
            );
            if (word is null)
            {
                throw new ImportLineException($"cooperationMethod: unknown transfer mode in '{text}'");
            }

            modes |= mode;
            at += word.Length;
        }

        return modes;
    }

    public static CooperationModes DemandModes(string text)
    {
        var modes = CooperationModes.None;
        foreach (
            var word in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        )
        {
            modes |= DemandWords.TryGetValue(word, out var mode)
                ? mode
                : throw new ImportLineException($"cooperationMethod: unknown cooperation mode '{word}'");
        }

        return modes;
    }

    /// <summary>
    /// The market names only the kind of IP (专利信息), so a patent gets no number, and the status Filed: an application
    /// is all the word proves; nothing says it was granted or is still in force.
    /// </summary>
    public static IReadOnlyList<Patent> Patents(string kind)
    {
        if (kind.Length == 0)
        {
            return [];
        }

        return PatentWords.TryGetValue(kind, out var patentKind)
            ? patentKind is { } k
                ? [new Patent(null, k, PatentStatus.Filed)]
                : []
            : throw new ImportLineException($"zlxx: unknown patent kind '{kind}'");
    }

    /// <summary>面议 (or nothing) is negotiable; "100.0万元-200.0万元" is 1,000,000 to 2,000,000 CNY.</summary>
    public static PriceRange Price(string text)
    {
        if (text.Length == 0 || text == "面议")
        {
            return PriceRange.Negotiable;
        }

        var range = PriceRangeWords().Match(text);
        if (!range.Success)
        {
            throw new ImportLineException($"price: cannot read '{text}' (面议 or X万元-Y万元)");
        }

        var min = TenThousands(range.Groups["min"].Value);
        var max = range.Groups["max"].Success ? TenThousands(range.Groups["max"].Value) : min;
        return new PriceRange(min, max);
    }

    private static decimal TenThousands(string number) =>
        decimal.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * 10_000m;

    [GeneratedRegex(@"^(?<min>\d+(\.\d+)?)\s*万元?\s*(?:[-－~～至]\s*(?<max>\d+(\.\d+)?)\s*万元)?$")]
    private static partial Regex PriceRangeWords();
}
