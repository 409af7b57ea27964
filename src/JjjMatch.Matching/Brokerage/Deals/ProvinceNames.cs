using JjjMatch.Contracts.Shared;

namespace JjjMatch.Matching.Brokerage.Deals;

public static class ProvinceNames
{
    public static string Code(this Province province) => province.ToString().ToLowerInvariant();

    public static string ChineseName(this Province province) =>
        province switch
        {
            Province.Beijing => "北京",
            Province.Tianjin => "天津",
            Province.Hebei => "河北",
            _ => "其他",
        };
}
