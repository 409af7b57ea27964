using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.Testing;

namespace JjjMatch.Notifications.Tests.Api;

/// <summary>One organisation using the API over HTTP, as its client would.</summary>
public sealed class MarketClient(JjjMatchFactory host, Account account)
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    public Account Account => account;

    public HttpClient Http { get; } = host.CreateClient(account);

    public async Task<JsonElement> PostAsync(string path, object? body, HttpStatusCode expected)
    {
        var response = body is null ? await Http.PostAsync(path, null) : await Http.PostAsJsonAsync(path, body, Json);
        return await ReadAsync(response, expected);
    }

    public async Task<JsonElement> PutAsync(string path, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        await ReadAsync(await Http.PutAsJsonAsync(path, body, Json), expected);

    public async Task<JsonElement> GetAsync(string path) =>
        await ReadAsync(await Http.GetAsync(path), HttpStatusCode.OK);

    public async Task<Guid> PublishedAchievementAsync(JsonObject body)
    {
        var id = Id(await PostAsync("/api/achievements", body, HttpStatusCode.Created));
        await PostAsync($"/api/achievements/{id}/publish", null, HttpStatusCode.OK);
        return id;
    }

    public async Task<Guid> OpenedDemandAsync(JsonObject body)
    {
        var id = Id(await PostAsync("/api/demands", body, HttpStatusCode.Created));
        await PostAsync($"/api/demands/{id}/open", null, HttpStatusCode.OK);
        return id;
    }

    public Task<JsonElement> NotificationsAsync(string query = "") =>
        GetAsync($"/api/notifications?pageSize=100&{query}");

    /// <summary>The notifications of one type, once at least <paramref name="count"/> are there.</summary>
    public async Task<List<JsonElement>> WaitForAsync(string type, int count = 1, int seconds = 30)
    {
        var page = await Eventually.WaitForAsync(
            () => NotificationsAsync($"type={type}"),
            p => p.GetProperty("items").GetArrayLength() >= count,
            TimeSpan.FromSeconds(seconds),
            $"{count} {type} notification(s) for {account.Role}"
        );
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    public static Guid Id(JsonElement resource) => resource.GetProperty("id").GetGuid();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        return options;
    }
}

public static class MarketAccounts
{
    public static Account Enterprise(string name = "测试企业") => TestAccounts.New(Roles.Enterprise, name);

    public static Account University(string name = "测试大学") => TestAccounts.New(Roles.University, name);

    public static Account Broker() => TestAccounts.New(Roles.Intermediary, "测试经纪机构");

    /// <summary>A broker organisation of its own whose token names this coverage.</summary>
    public static Account Broker(IReadOnlyList<string> regions, IReadOnlyList<string> industries) =>
        TestAccounts.New(Roles.Intermediary, "测试经纪机构") with
        {
            Regions = regions,
            Industries = industries,
        };
}
