using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using JjjMatch.Matching.Brokerage.Deals;
using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Tests.Brokerage.Deals;

/// <summary>Deal requests as a client sends them, and what the matching database holds afterwards.</summary>
public static class DealClient
{
    public static JsonObject Body(Action<JsonObject>? change = null)
    {
        var body = new JsonObject
        {
            ["contractType"] = "licence",
            ["amount"] = 1200000.50m,
            ["technologyAmount"] = 1000000m,
            ["signedOn"] = "2026-11-25",
            ["contractNumber"] = "2026110100012",
            ["title"] = "钢板表面缺陷视觉检测技术许可合同",
        };
        change?.Invoke(body);
        return body;
    }

    public static Task<HttpResponseMessage> RecordAsync(this HttpClient client, Guid match, JsonObject body) =>
        client.PostAsJsonAsync($"/api/matches/{match}/deals", body);

    public static async Task<JsonElement> RecordedAsync(this HttpClient client, Guid match, JsonObject body)
    {
        var response = await client.RecordAsync(match, body);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<List<Deal>> DealsOfAsync(this JjjMatchFactory host, Guid match) =>
        host.WithScopeAsync<MatchingDbContext, List<Deal>>(db =>
            db.Deals.AsNoTracking().Where(d => d.MatchId == match).ToListAsync()
        );
}
