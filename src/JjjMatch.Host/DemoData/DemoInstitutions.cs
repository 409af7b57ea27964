using JjjMatch.Contracts.Shared;

namespace JjjMatch.Host.DemoData;

/// <summary>Real names of the region's universities, institutes and firms, for demo data only.</summary>
public static class DemoInstitutions
{
    public static IReadOnlyList<(string Name, Region Region)> Universities { get; } =
    [
        ("清华大学", new(Province.Beijing, "北京")),
        ("北京大学", new(Province.Beijing, "北京")),
        ("北京理工大学", new(Province.Beijing, "北京")),
        ("北京航空航天大学", new(Province.Beijing, "北京")),
        ("北京科技大学", new(Province.Beijing, "北京")),
        ("中国科学院过程工程研究所", new(Province.Beijing, "北京")),
        ("天津大学", new(Province.Tianjin, "天津")),
        ("南开大学", new(Province.Tianjin, "天津")),
        ("河北工业大学", new(Province.Tianjin, "天津")),
        ("燕山大学", new(Province.Hebei, "秦皇岛")),
        ("河北大学", new(Province.Hebei, "保定")),
        ("华北电力大学（保定）", new(Province.Hebei, "保定")),
        ("河北科技大学", new(Province.Hebei, "石家庄")),
        ("华北理工大学", new(Province.Hebei, "唐山")),
        ("Tsinghua University", new(Province.Beijing, "Beijing")),
        ("Tianjin University", new(Province.Tianjin, "Tianjin")),
    ];

    public static IReadOnlyList<(string Name, Region Region)> Enterprises { get; } =
    [
        ("唐山钢铁集团有限责任公司", new(Province.Hebei, "唐山")),
        ("河北邯郸钢铁集团有限责任公司", new(Province.Hebei, "邯郸")),
        ("长城汽车股份有限公司", new(Province.Hebei, "保定")),
        ("石药集团有限公司", new(Province.Hebei, "石家庄")),
        ("以岭药业股份有限公司", new(Province.Hebei, "石家庄")),
        ("新奥集团股份有限公司", new(Province.Hebei, "廊坊")),
        ("英利能源发展有限公司", new(Province.Hebei, "保定")),
        ("晨光生物科技集团股份有限公司", new(Province.Hebei, "邯郸")),
        ("天津中环半导体股份有限公司", new(Province.Tianjin, "天津")),
        ("天津力神电池股份有限公司", new(Province.Tianjin, "天津")),
        ("雄安智能制造有限公司", new(Province.Hebei, "雄安")),
        ("沧州明珠塑料股份有限公司", new(Province.Hebei, "沧州")),
    ];
}
