using System.Globalization;
using System.Text.Json.Nodes;

namespace JjjMatch.Bench.Writes;

/// <summary>
/// Valid listing bodies, each a little different, as a university's and an enterprise's staff would post them.
/// </summary>
public static class WriteBodies
{
    private static readonly string[] Topics =
    [
        "钢板表面缺陷视觉检测",
        "高炉煤气余热回收",
        "锂电池正极材料回收",
        "农业无人机植保",
        "风电叶片无损检测",
        "工业机器人视觉引导",
    ];

    public static JsonObject Achievement(int n, string institution) =>
        new()
        {
            ["title"] = $"{Topic(n)}关键技术 {n}",
            ["summary"] = $"本成果面向{Topic(n)}难题，提出新的方法并完成样机验证，第 {n} 号。",
            ["keywords"] = new JsonArray("检测", "节能", $"k{n % 50}"),
            ["industry"] = n % 2 == 0 ? "电子信息-人工智能" : "钢铁",
            ["technologyField"] = "人工智能",
            ["maturity"] = new JsonObject { ["scale"] = "TRL", ["level"] = 4 + (n % 5) },
            ["transferModes"] = new JsonArray("assignment", "nonExclusiveLicence"),
            ["askingPrice"] = new JsonObject { ["min"] = 100000 + n, ["max"] = 900000 + n },
            ["ownerInstitution"] = institution,
            ["region"] = new JsonObject { ["province"] = "beijing" },
            ["contact"] = new JsonObject { ["name"] = "张晓明", ["phone"] = "13800138000" },
        };

    public static JsonObject Demand(int n, string enterprise) =>
        new()
        {
            ["title"] = $"{Topic(n)}技术攻关 {n}",
            ["problemDescription"] = $"我公司产线急需{Topic(n)}技术，现有方案效率低、成本高，第 {n} 号。",
            ["expectedOutcome"] = "完成工业示范并稳定运行。",
            ["industry"] = n % 2 == 0 ? "电子信息-人工智能" : "钢铁",
            ["minimumMaturity"] = new JsonObject { ["scale"] = "TRL", ["level"] = 5 },
            ["bounty"] = new JsonObject { ["min"] = 1000000, ["max"] = 3000000 },
            ["deadline"] = DateTime.UtcNow.AddDays(90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["region"] = new JsonObject { ["province"] = "hebei", ["city"] = "唐山" },
            ["cooperationModes"] = new JsonArray("jointDevelopment"),
            ["anonymous"] = false,
            ["enterpriseName"] = enterprise,
            ["contact"] = new JsonObject { ["name"] = "李建国", ["phone"] = "13912345678" },
        };

    private static string Topic(int n) => Topics[n % Topics.Length];
}
