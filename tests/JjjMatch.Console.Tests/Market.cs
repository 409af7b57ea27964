using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Testing;

namespace JjjMatch.Console.Tests;

/// <summary>Listings put on the market through the API, as posters would, and the pairs the matcher makes.</summary>
public sealed class Market(ConsoleHost host)
{
    public static JsonObject Achievement(string title) =>
        AchievementSamples
            .Valid(title)
            .With(a =>
            {
                a["summary"] =
                    "面向冷轧钢板表面缺陷在线检测，采用机器视觉与深度学习识别划痕、裂纹和夹杂，检测准确率达到99%。";
                a["keywords"] = new JsonArray("机器视觉", "缺陷检测", "钢板");
            });

    public static JsonObject Demand(string title) =>
        DemandSamples
            .Valid(DateTimeOffset.UtcNow.AddMonths(6), title, "钢铁")
            .With(d =>
            {
                d["problemDescription"] =
                    "冷轧生产线需要钢板表面缺陷在线检测技术，人工目检漏检率高，希望用机器视觉识别划痕和裂纹。";
                d["expectedOutcome"] = "缺陷检测准确率达到98%以上，并在产线示范运行。";
            });

    public async Task<Guid> PublishAsync(Account university, JsonObject achievement)
    {
        var client = host.CreateClient(university);
        var id = await CreatedAsync(await client.PostAsJsonAsync("/api/achievements", achievement));
        (await client.PostAsync($"/api/achievements/{id}/publish", null)).EnsureSuccessStatusCode();
        return id;
    }

    public async Task<Guid> OpenAsync(Account enterprise, JsonObject demand)
    {
        var client = host.CreateClient(enterprise);
        var id = await CreatedAsync(await client.PostAsJsonAsync("/api/demands", demand));
        (await client.PostAsync($"/api/demands/{id}/open", null)).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>The match the matcher suggested for the two listings, once it has.</summary>
    public async Task<Guid> PairAsync(Account university, Guid achievement, Guid demand)
    {
        var client = host.CreateClient(university);
        var match = await Eventually.WaitForAsync(
            async () =>
                (await client.GetFromJsonAsync<JsonElement>($"/api/matches?achievementId={achievement}&pageSize=100"))
                    .GetProperty("items")
                    .EnumerateArray()
                    .FirstOrDefault(m => m.GetProperty("demandId").GetGuid() == demand),
            m => m.ValueKind == JsonValueKind.Object,
            TimeSpan.FromSeconds(30),
            $"a suggestion for achievement {achievement} and demand {demand}"
        );
        return match.GetProperty("id").GetGuid();
    }

    private static async Task<Guid> CreatedAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
