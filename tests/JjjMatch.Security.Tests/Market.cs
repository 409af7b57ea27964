using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Testing;

namespace JjjMatch.Security.Tests;

/// <summary>
/// Listings and applications made through the API by their owners, for the tests to aim other callers at.
/// </summary>
public sealed class Market(JjjMatchFactory host)
{
    public JjjMatchFactory Host => host;

    public HttpClient Anonymous { get; } = host.CreateClient();

    public HttpClient As(Account account) => host.CreateClient(account);

    public static DateTimeOffset Deadline => DateTimeOffset.UtcNow.AddDays(30);

    public Task<Guid> DraftAchievementAsync(Account owner, JsonObject? body = null) =>
        CreateAsync(As(owner), "/api/achievements", body ?? AchievementSamples.Valid());

    public async Task<Guid> PublishedAchievementAsync(Account owner, JsonObject? body = null)
    {
        var id = await DraftAchievementAsync(owner, body);
        await OkAsync(As(owner), $"/api/achievements/{id}/publish");
        return id;
    }

    public Task<Guid> DraftDemandAsync(Account owner, JsonObject? body = null) =>
        CreateAsync(As(owner), "/api/demands", body ?? DemandSamples.Valid(Deadline));

    public async Task<Guid> OpenDemandAsync(Account owner, JsonObject? body = null)
    {
        var id = await DraftDemandAsync(owner, body);
        await OkAsync(As(owner), $"/api/demands/{id}/open");
        return id;
    }

    public Task<Guid> ApplicationAsync(Guid demand, Account applicant, string organisation = "燕山大学") =>
        CreateAsync(As(applicant), $"/api/demands/{demand}/applications", DemandSamples.Application(organisation));

    private static async Task<Guid> CreateAsync(HttpClient client, string path, JsonObject body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task OkAsync(HttpClient client, string path)
    {
        var response = await client.PostAsync(path, null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
