namespace JjjMatch.BuildingBlocks.Taxonomy;

/// <summary>An industry of the region, coded as the market writes it: "大类" or "大类-小类" (e.g. 电子信息-人工智能).</summary>
public sealed record Industry(string Code, string English)
{
    public string Parent => Code.Split('-')[0];
}

/// <summary>The region's leading industries; a listing's industry must be one of these codes.</summary>
public static class Industries
{
    public const string Other = "其他";

    private static readonly (string Code, string English, (string Code, string English)[] Children)[] Tree =
    [
        ("电子信息", "Electronic information", [("人工智能", "Artificial intelligence"), ("集成电路", "Integrated circuits"), ("计算机软件", "Software"),
            ("通信技术", "Communications"), ("物联网", "Internet of things"), ("大数据", "Big data and cloud")]),
        ("装备制造", "Equipment manufacturing", [("智能制造", "Smart manufacturing"), ("机器人", "Robotics"), ("轨道交通", "Rail transit equipment"),
            ("汽车", "Automotive"), ("航空航天", "Aerospace")]),
        ("新材料", "New materials", [("金属材料", "Advanced metals"), ("高分子材料", "Polymers"), ("无机非金属材料", "Inorganic non-metallic materials"),
            ("复合材料", "Composites"), ("纳米材料", "Nanomaterials")]),
        ("生物医药", "Biomedicine", [("化学药", "Chemical drugs"), ("生物制品", "Biologics"), ("中药", "Traditional Chinese medicine"),
            ("医疗器械", "Medical devices")]),
        ("钢铁", "Steel", [("冶炼工艺", "Smelting processes"), ("钢材深加工", "Steel deep processing"), ("节能减排", "Energy saving and emission reduction")]),
        ("新能源与智能电网", "New energy and smart grid", [("光伏", "Photovoltaics"), ("风电", "Wind power"), ("氢能", "Hydrogen"),
            ("储能", "Energy storage"), ("智能电网", "Smart grid")]),
        ("现代农业", "Modern agriculture", [("种业", "Seeds and breeding"), ("农业机械", "Agricultural machinery"), ("农产品加工", "Food processing"),
            ("智慧农业", "Smart agriculture")]),
        ("节能环保", "Energy saving and environment", [("大气治理", "Air pollution control"), ("水处理", "Water treatment"), ("固废处理", "Solid waste")]),
        ("化工", "Chemicals", [("精细化工", "Fine chemicals"), ("石油化工", "Petrochemicals")]),
        (Other, "Other", []),
    ];

    public static IReadOnlyList<Industry> All { get; } = Tree
        .SelectMany(parent => parent.Children
            .Select(child => new Industry($"{parent.Code}-{child.Code}", $"{parent.English} - {child.English}"))
            .Prepend(new Industry(parent.Code, parent.English)))
        .ToList();

    private static readonly Dictionary<string, Industry> ByCode = All.ToDictionary(i => i.Code);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Industry? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var industry) ? industry : null;
}
