using System.Text.Json.Nodes;

namespace JjjMatch.Testing;

/// <summary>Request bodies as a client would send them: plain JSON, so tests exercise the real binding.</summary>
public static class AchievementSamples
{
    public const string ContactName = "张晓明";
    public const string ContactPhone = "13800138000";
    public const string ContactEmail = "zhang.xm@example.edu.cn";

    public static JsonObject Valid(
        string title = "基于深度学习的工业缺陷视觉检测关键技术",
        string industry = "电子信息-人工智能"
    ) =>
        new()
        {
            ["title"] = title,
            ["summary"] = "本成果针对钢板表面缺陷检测难题，提出轻量化深度学习模型，检测准确率达到99%。",
            ["keywords"] = new JsonArray("机器视觉", "深度学习", "defect detection"),
            ["industry"] = industry,
            ["technologyField"] = "人工智能",
            ["maturity"] = new JsonObject { ["scale"] = "TRL", ["level"] = 6 },
            ["patents"] = new JsonArray(
                new JsonObject
                {
                    ["number"] = "ZL201720001285.X",
                    ["kind"] = "invention",
                    ["status"] = "granted",
                }
            ),
            ["transferModes"] = new JsonArray("assignment", "nonExclusiveLicence"),
            ["askingPrice"] = new JsonObject { ["min"] = 500000, ["max"] = 800000 },
            ["ownerInstitution"] = "北京理工大学",
            ["region"] = new JsonObject { ["province"] = "beijing", ["city"] = null },
            ["contact"] = new JsonObject
            {
                ["name"] = ContactName,
                ["phone"] = ContactPhone,
                ["email"] = ContactEmail,
            },
        };

    public static JsonObject With(this JsonObject body, Action<JsonObject> change)
    {
        var copy = (JsonObject)body.DeepClone();
        change(copy);
        return copy;
    }
}
