namespace JjjMatch.Host.DemoData;

/// <summary>Technology topics per industry in Chinese and English, for generating believable demo listings.</summary>
public static class DemoTopics
{
    public static IReadOnlyList<(string Industry, string Chinese, string English, string[] Keywords)> All { get; } =
    [
        (
            "电子信息-人工智能",
            "基于深度学习的工业缺陷视觉检测",
            "Deep-learning visual inspection of industrial defects",
            ["机器视觉", "深度学习", "缺陷检测"]
        ),
        (
            "电子信息-人工智能",
            "面向电力巡检的无人机图像识别",
            "UAV image recognition for power line inspection",
            ["无人机", "图像识别", "电力巡检"]
        ),
        (
            "电子信息-集成电路",
            "低功耗物联网通信芯片",
            "Low-power IoT communication chip",
            ["芯片设计", "低功耗", "物联网"]
        ),
        (
            "电子信息-计算机软件",
            "工业互联网数据采集与分析平台",
            "Industrial internet data acquisition and analytics platform",
            ["工业互联网", "数据采集", "边缘计算"]
        ),
        (
            "装备制造-机器人",
            "重载搬运机器人精准定位",
            "Precise positioning for heavy-load handling robots",
            ["机器人", "定位", "激光雷达"]
        ),
        (
            "装备制造-智能制造",
            "数控机床热误差补偿",
            "Thermal error compensation for CNC machine tools",
            ["数控机床", "误差补偿", "精密加工"]
        ),
        (
            "装备制造-轨道交通",
            "高速列车轮对故障在线监测",
            "Online fault monitoring of high-speed train wheelsets",
            ["轨道交通", "故障诊断", "振动监测"]
        ),
        (
            "新材料-复合材料",
            "碳纤维增强树脂基复合材料低成本成型",
            "Low-cost moulding of carbon-fibre reinforced composites",
            ["碳纤维", "复合材料", "成型工艺"]
        ),
        (
            "新材料-金属材料",
            "高强韧耐蚀镁合金",
            "High-strength corrosion-resistant magnesium alloy",
            ["镁合金", "耐腐蚀", "轻量化"]
        ),
        (
            "新材料-高分子材料",
            "可降解聚乳酸改性材料",
            "Modified biodegradable polylactic acid",
            ["聚乳酸", "可降解", "改性"]
        ),
        ("生物医药-中药", "中药提取物质量控制方法", "Quality control of herbal extracts", ["中药", "提取", "质量控制"]),
        (
            "生物医药-医疗器械",
            "可穿戴心电监测设备",
            "Wearable ECG monitoring device",
            ["可穿戴", "心电监测", "医疗器械"]
        ),
        (
            "生物医药-生物制品",
            "重组蛋白高效表达纯化",
            "High-yield expression and purification of recombinant proteins",
            ["重组蛋白", "发酵", "纯化"]
        ),
        (
            "钢铁-冶炼工艺",
            "高炉煤气余热回收利用",
            "Waste heat recovery from blast furnace gas",
            ["高炉", "余热回收", "节能"]
        ),
        (
            "钢铁-节能减排",
            "烧结烟气超低排放脱硝",
            "Ultra-low emission denitration of sintering flue gas",
            ["烧结烟气", "脱硝", "超低排放"]
        ),
        (
            "钢铁-钢材深加工",
            "汽车用高强钢冷成形",
            "Cold forming of automotive high-strength steel",
            ["高强钢", "冷成形", "汽车"]
        ),
        (
            "新能源与智能电网-储能",
            "锂离子电池健康状态评估",
            "State-of-health estimation for lithium-ion batteries",
            ["锂电池", "健康状态", "储能"]
        ),
        (
            "新能源与智能电网-氢能",
            "碱性电解水制氢电极",
            "Electrodes for alkaline water electrolysis",
            ["制氢", "电解水", "电极"]
        ),
        (
            "新能源与智能电网-光伏",
            "光伏组件热斑检测与清洗",
            "Hot-spot detection and cleaning of PV modules",
            ["光伏", "热斑", "运维"]
        ),
        (
            "新能源与智能电网-智能电网",
            "配电网故障快速定位",
            "Fast fault location in distribution networks",
            ["配电网", "故障定位", "智能电网"]
        ),
        ("现代农业-种业", "抗旱小麦新品种选育", "Breeding drought-tolerant wheat varieties", ["小麦", "抗旱", "育种"]),
        (
            "现代农业-智慧农业",
            "设施蔬菜水肥一体化智能控制",
            "Smart fertigation control for greenhouse vegetables",
            ["水肥一体化", "温室", "智能控制"]
        ),
        (
            "现代农业-农产品加工",
            "果蔬冷链保鲜技术",
            "Cold-chain preservation of fruit and vegetables",
            ["冷链", "保鲜", "果蔬"]
        ),
        (
            "节能环保-水处理",
            "焦化废水深度处理",
            "Advanced treatment of coking wastewater",
            ["焦化废水", "深度处理", "膜分离"]
        ),
        (
            "节能环保-固废处理",
            "钢渣资源化利用制备建材",
            "Steel slag recycling into building materials",
            ["钢渣", "资源化", "建材"]
        ),
        (
            "化工-精细化工",
            "高效催化加氢工艺",
            "Efficient catalytic hydrogenation process",
            ["催化", "加氢", "精细化工"]
        ),
    ];
}
