namespace JjjMatch.Contracts.Taxonomy;

/// <summary>An industry of the region, coded as the market writes it: "大类" or "大类-小类" (e.g. 电子信息-人工智能).</summary>
public sealed record Industry(string Code, string English)
{
    public string Parent => Industries.ParentOf(Code);
}

/// <summary>
/// The region's leading industries, and the market's own parents and common children (交通运输, 技术服务,
/// 现代农业-农林植物新品种 ...) so that imported listings keep their label; a listing's industry must be one of these codes.
/// </summary>
public static class Industries
{
    public const string Other = "其他";

    private static readonly (string Code, string English, (string Code, string English)[] Children)[] Tree =
    [
        (
            "电子信息",
            "Electronic information",
            [
                ("人工智能", "Artificial intelligence"),
                ("集成电路", "Integrated circuits"),
                ("计算机软件", "Software"),
                ("通信技术", "Communications"),
                ("物联网", "Internet of things"),
                ("大数据", "Big data and cloud"),
                ("光电子", "Optoelectronics"),
                ("电子仪表", "Electronic instruments"),
                ("计算机硬件", "Computer hardware"),
                ("互联网", "Internet services"),
            ]
        ),
        (
            "装备制造",
            "Equipment manufacturing",
            [
                ("智能制造", "Smart manufacturing"),
                ("机器人", "Robotics"),
                ("轨道交通", "Rail transit equipment"),
                ("汽车", "Automotive"),
                ("航空航天", "Aerospace"),
                ("新型机械装置", "New mechanical devices"),
                ("自动化", "Automation"),
                ("通用机械", "General machinery"),
                ("精密机械", "Precision machinery"),
                ("智能仪表", "Smart instruments"),
            ]
        ),
        (
            "新材料",
            "New materials",
            [
                ("金属材料", "Advanced metals"),
                ("高分子材料", "Polymers"),
                ("无机非金属材料", "Inorganic non-metallic materials"),
                ("复合材料", "Composites"),
                ("纳米材料", "Nanomaterials"),
                ("纺织新材料", "Textile materials"),
                ("膜材料", "Membrane materials"),
                ("化工新材料", "Chemical materials"),
                ("生物医用材料", "Biomedical materials"),
                ("超导材料", "Superconducting materials"),
                ("电子信息材料", "Electronic materials"),
            ]
        ),
        (
            "生物医药",
            "Biomedicine",
            [
                ("化学药", "Chemical drugs"),
                ("生物制品", "Biologics"),
                ("中药", "Traditional Chinese medicine"),
                ("医疗器械", "Medical devices"),
            ]
        ),
        (
            "钢铁",
            "Steel",
            [
                ("冶炼工艺", "Smelting processes"),
                ("钢材深加工", "Steel deep processing"),
                ("节能减排", "Energy saving and emission reduction"),
            ]
        ),
        (
            "新能源与智能电网",
            "New energy and smart grid",
            [
                ("光伏", "Photovoltaics"),
                ("风电", "Wind power"),
                ("氢能", "Hydrogen"),
                ("储能", "Energy storage"),
                ("智能电网", "Smart grid"),
            ]
        ),
        (
            "现代农业",
            "Modern agriculture",
            [
                ("种业", "Seeds and breeding"),
                ("农业机械", "Agricultural machinery"),
                ("农产品加工", "Food processing"),
                ("智慧农业", "Smart agriculture"),
                ("农林植物新品种", "New plant varieties"),
                ("畜禽水产新品种", "New livestock and aquatic breeds"),
                ("农业生物技术", "Agricultural biotechnology"),
                ("新型肥料及添加剂", "Fertilisers and additives"),
                ("农林植物灾害防治技术", "Plant protection"),
            ]
        ),
        (
            "节能环保",
            "Energy saving and environment",
            [("大气治理", "Air pollution control"), ("水处理", "Water treatment"), ("固废处理", "Solid waste")]
        ),
        ("化工", "Chemicals", [("精细化工", "Fine chemicals"), ("石油化工", "Petrochemicals")]),
        (
            "交通运输",
            "Transport",
            [
                ("汽车及零部件", "Vehicles and parts"),
                ("轨道交通", "Rail transit"),
                ("船舶及装备", "Ships and marine equipment"),
                ("智能交通", "Intelligent transport"),
            ]
        ),
        (
            "技术服务",
            "Technical services",
            [
                ("知识产权", "Intellectual property"),
                ("检验检测", "Testing and inspection"),
                ("工业设计", "Industrial design"),
                ("信息系统运维", "IT operations"),
            ]
        ),
        (
            "建筑安装",
            "Construction and installation",
            [("建筑机械", "Construction machinery"), ("设备安装", "Equipment installation")]
        ),
        (
            "生活必需",
            "Consumer goods",
            [("日化", "Household chemicals"), ("服装", "Apparel"), ("家电", "Household appliances"), ("食品", "Food")]
        ),
        (Other, "Other", []),
    ];

    public static IReadOnlyList<Industry> All { get; } =
        Tree.SelectMany(parent =>
                parent
                    .Children.Select(child => new Industry(
                        $"{parent.Code}-{child.Code}",
                        $"{parent.English} - {child.English}"
                    ))
                    .Prepend(new Industry(parent.Code, parent.English))
            )
            .ToList();

    private static readonly Dictionary<string, Industry> ByCode = All.ToDictionary(i => i.Code);

    /// <summary>"大类" of "大类-小类": the part before the first '-'; a parent is its own.</summary>
    public static string ParentOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? code : code[..dash]).Trim();
    }

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Industry? Find(string? code) =>
        code is not null && ByCode.TryGetValue(code, out var industry) ? industry : null;
}
