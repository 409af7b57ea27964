using JjjMatch.Contracts.Taxonomy;

namespace JjjMatch.Import;

/// <summary>
/// The market's industry labels ("大类-小类") and the national economy sectors (国民经济行业门类) of its demands, mapped onto
/// the catalog (<see cref="Industries"/>): the exact code when known, else a label the catalog names differently, else
/// the
/// parent, else 其他. The tables are in docs/import.md.
/// </summary>
public static class MarketIndustries
{
    /// <summary>
    /// Market labels whose industry the catalog has under another name; nothing is guessed beyond synonyms.
    /// </summary>
    private static readonly Dictionary<string, string> Synonyms = new()
    {
        ["新能源"] = "新能源与智能电网",
        ["新能源-太阳能"] = "新能源与智能电网-光伏",
        ["新能源-风能"] = "新能源与智能电网-风电",
        ["新能源-氢能"] = "新能源与智能电网-氢能",
        ["新能源-电池"] = "新能源与智能电网-储能",
        ["资源环保"] = "节能环保",
        ["资源环保-水污染防治"] = "节能环保-水处理",
        ["资源环保-大气污染防治"] = "节能环保-大气治理",
        ["资源环保-固体废弃物处理与综合利用"] = "节能环保-固废处理",
        ["新材料-纳米材料及应用"] = "新材料-纳米材料",
        ["新材料-陶瓷材料"] = "新材料-无机非金属材料",
        ["电子信息-通信"] = "电子信息-通信技术",
        ["现代农业-新型农业机械设备"] = "现代农业-农业机械",
        ["现代农业-农副产品深加工"] = "现代农业-农产品加工",
        ["现代农业-农业信息化"] = "现代农业-智慧农业",
    };

    /// <summary>
    /// Sectors with a sensible catalog parent; the rest (制造业 is every manufacturing industry at once) are 其他.
    /// </summary>
    private static readonly (string Sector, string Industry)[] Sectors =
    [
        ("信息传输、软件和信息技术服务业", "电子信息"),
        ("农、林、牧、渔业", "现代农业"),
        ("水利、环境和公共设施管理业", "节能环保"),
        ("电力、热力、燃气、及水生产和供应业", "新能源与智能电网"),
        ("电力、热力、燃气及水生产和供应业", "新能源与智能电网"),
        ("交通运输、仓储和邮政业", "交通运输"),
        ("科学研究和技术服务业", "技术服务"),
        ("建筑业", "建筑安装"),
    ];

    public static string FromLabel(string label)
    {
        var code = label.Trim().Replace('－', '-');
        if (Resolve(code) is { } known)
        {
            return known;
        }

        var dash = code.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Resolve(code[..dash].Trim()) is { } parent ? parent : Industries.Other;
    }

    /// <summary>
    /// A demand's sector; a value naming several sectors run together ("制造业电力、热力…") counts by the first, as the
    /// enterprise listed it first.
    /// </summary>
    public static string FromSector(string classification)
    {
        var text = classification.Trim();
        var firstSector = text.Split("——")[0];
        foreach (var (sector, industry) in Sectors)
        {
            if (firstSector.StartsWith(sector, StringComparison.Ordinal))
            {
                return industry;
            }
        }

        return Industries.Other;
    }

    private static string? Resolve(string code) =>
        Industries.IsKnown(code) ? code
        : Synonyms.TryGetValue(code, out var synonym) ? synonym
        : null;
}
