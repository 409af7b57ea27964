using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using JjjMatch.BuildingBlocks.Http;

namespace JjjMatch.Achievements.Tests.Api;

/// <summary>Thin helpers over HttpClient for the achievements endpoints.</summary>
public sealed class AchievementsClient(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    public HttpClient Http => http;

    public Task<HttpResponseMessage> CreateAsync(JsonObject body) => http.PostAsJsonAsync("/api/achievements", body);

    public async Task<JsonElement> CreatedAsync(JsonObject body)
    {
        var response = await CreateAsync(body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    public async Task<JsonElement> PublishedAsync(JsonObject body)
    {
        var id = (await CreatedAsync(body)).GetProperty("id").GetGuid();
        var response = await http.PostAsync($"/api/achievements/{id}/publish", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    public async Task<JsonElement> ListAsync(string query)
    {
        var response = await http.GetAsync($"/api/achievements?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    public static IReadOnlyList<string> Titles(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        return options;
    }
}
