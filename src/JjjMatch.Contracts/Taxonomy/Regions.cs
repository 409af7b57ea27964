using JjjMatch.Contracts.Shared;

namespace JjjMatch.Contracts.Taxonomy;

public static class Regions
{
    /// <summary>Hebei's prefecture-level cities and the Xiong'an New Area.</summary>
    public static IReadOnlyList<string> HebeiCities { get; } =
    ["石家庄", "唐山", "保定", "廊坊", "张家口", "承德", "秦皇岛", "沧州", "衡水", "邢台", "邯郸", "雄安"];

    /// <summary>
    /// A city must be one of Hebei's when the province is Hebei; elsewhere any short name is accepted.
    /// </summary>
    public static bool IsValidCity(Province province, string? city) =>
        city is null || (province == Province.Hebei ? HebeiCities.Contains(city) : city.Length is > 0 and <= 30);
}
