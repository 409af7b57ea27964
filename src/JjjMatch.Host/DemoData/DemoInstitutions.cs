using JjjMatch.Contracts.Shared;

namespace JjjMatch.Host.DemoData;

/// <summary>
/// A real university, institute or firm of the region, for demo data only: its mail domain and telephone area code
/// make believable contacts, and a firm's industries decide what it asks for.
/// </summary>
public sealed record DemoOrganisation(string Name, Region Region, string Domain, string AreaCode, string[] Industries)
{
    public void Deconstruct(out string name, out Region region) => (name, region) = (Name, Region);
}

public static class DemoInstitutions
{
    public static IReadOnlyList<DemoOrganisation> Universities { get; } =
    [
        new("清华大学", new(Province.Beijing, "北京"), "tsinghua.edu.cn", "010", []),
        new("北京大学", new(Province.Beijing, "北京"), "pku.edu.cn", "010", []),
        new("北京理工大学", new(Province.Beijing, "北京"), "bit.edu.cn", "010", []),
        new("北京航空航天大学", new(Province.Beijing, "北京"), "buaa.edu.cn", "010", []),
        new("北京科技大学", new(Province.Beijing, "北京"), "ustb.edu.cn", "010", []),
        new("中国科学院过程工程研究所", new(Province.Beijing, "北京"), "ipe.ac.cn", "010", []),
        new("天津大学", new(Province.Tianjin, "天津"), "tju.edu.cn", "022", []),
        new("南开大学", new(Province.Tianjin, "天津"), "nankai.edu.cn", "022", []),
        new("河北工业大学", new(Province.Tianjin, "天津"), "hebut.edu.cn", "022", []),
        new("燕山大学", new(Province.Hebei, "秦皇岛"), "ysu.edu.cn", "0335", []),
        new("河北大学", new(Province.Hebei, "保定"), "hbu.edu.cn", "0312", []),
        new("华北电力大学（保定）", new(Province.Hebei, "保定"), "ncepu.edu.cn", "0312", []),
        new("河北科技大学", new(Province.Hebei, "石家庄"), "hebust.edu.cn", "0311", []),
        new("华北理工大学", new(Province.Hebei, "唐山"), "ncst.edu.cn", "0315", []),
    ];

    /// <summary>Each firm with the industry codes (or main categories) its open lists are about.</summary>
    public static IReadOnlyList<DemoOrganisation> Enterprises { get; } =
    [
        new("唐山钢铁集团有限责任公司", new(Province.Hebei, "唐山"), "tangsteel.com.cn", "0315", ["钢铁", "节能环保"]),
        new(
            "河北邯郸钢铁集团有限责任公司",
            new(Province.Hebei, "邯郸"),
            "hgjt.cn",
            "0310",
            ["钢铁", "新材料-金属材料"]
        ),
        new(
            "长城汽车股份有限公司",
            new(Province.Hebei, "保定"),
            "gwm.com.cn",
            "0312",
            ["装备制造", "电子信息-人工智能"]
        ),
        new("石药集团有限公司", new(Province.Hebei, "石家庄"), "cspc.com.cn", "0311", ["生物医药", "化工"]),
        new("以岭药业股份有限公司", new(Province.Hebei, "石家庄"), "yiling.cn", "0311", ["生物医药"]),
        new("新奥集团股份有限公司", new(Province.Hebei, "廊坊"), "enn.cn", "0316", ["新能源与智能电网", "节能环保"]),
        new("英利能源发展有限公司", new(Province.Hebei, "保定"), "yinglisolar.com", "0312", ["新能源与智能电网-光伏"]),
        new(
            "晨光生物科技集团股份有限公司",
            new(Province.Hebei, "邯郸"),
            "cn-cg.com",
            "0310",
            ["现代农业", "化工-精细化工"]
        ),
        new(
            "天津中环半导体股份有限公司",
            new(Province.Tianjin, "天津"),
            "tjsemi.com",
            "022",
            ["电子信息-集成电路", "新能源与智能电网-光伏"]
        ),
        new(
            "天津力神电池股份有限公司",
            new(Province.Tianjin, "天津"),
            "lishen.com.cn",
            "022",
            ["新能源与智能电网-储能", "新材料"]
        ),
        new("雄安智能制造有限公司", new(Province.Hebei, "雄安"), "xazn.com.cn", "0312", ["装备制造", "电子信息"]),
        new("沧州明珠塑料股份有限公司", new(Province.Hebei, "沧州"), "czmz.com", "0317", ["新材料-高分子材料", "化工"]),
    ];

    public static bool Fits(DemoOrganisation enterprise, string industry) =>
        enterprise.Industries.Any(i => industry == i || industry.StartsWith(i + "-", StringComparison.Ordinal));
}
