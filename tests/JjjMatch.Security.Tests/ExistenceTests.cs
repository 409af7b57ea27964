using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Testing;

namespace JjjMatch.Security.Tests;

/// <summary>
/// What a caller may not know of (someone else's draft, an application it neither made nor received, a match of
/// neither of its listings) gets on every route exactly the answer an id that does not exist gets: 404.
/// </summary>
public sealed class ExistenceTests(SqliteMarket host) : IClassFixture<SqliteMarket>
{
    private readonly Market market = new(host);

    [Fact]
    public async Task Someone_elses_draft_is_answered_as_nothing_on_every_route()
    {
        var achievement = await market.DraftAchievementAsync(TestAccounts.New(Roles.University));
        var demand = await market.DraftDemandAsync(TestAccounts.New(Roles.Enterprise));
        var university = market.As(TestAccounts.New(Roles.University));
        var enterprise = market.As(TestAccounts.New(Roles.Enterprise));

        string[] achievementRoutes =
        [
            "GET /api/achievements/{id}",
            "PUT /api/achievements/{id}",
            "POST /api/achievements/{id}/publish",
            "POST /api/achievements/{id}/withdraw",
            "POST /api/achievements/{id}/transferred",
        ];
        string[] demandRoutes =
        [
            "GET /api/demands/{id}",
            "PUT /api/demands/{id}",
            "POST /api/demands/{id}/open",
            "POST /api/demands/{id}/close",
            "POST /api/demands/{id}/applications",
            "GET /api/demands/{id}/applications",
            "GET /api/demands/{id}/applications/{other}",
            "POST /api/demands/{id}/applications/{other}/withdraw",
            "POST /api/demands/{id}/applications/{other}/award",
        ];
        foreach (var route in achievementRoutes)
        {
            await SameAsNothingAsync(university, route, achievement);
        }

        foreach (var route in demandRoutes)
        {
            await SameAsNothingAsync(enterprise, route, demand);
            // A university may use some of these routes and not others (its role): either way, the same answer.
            await SameAsNothingAsync(university, route, demand, expected: null);
        }
    }

    [Fact]
    public async Task An_application_of_others_is_answered_as_nothing_and_the_demands_enterprise_still_sees_it()
    {
        var owner = TestAccounts.New(Roles.Enterprise);
        var demand = await market.OpenDemandAsync(owner);
        var application = await market.ApplicationAsync(demand, TestAccounts.New(Roles.University));
        var stranger = market.As(TestAccounts.New(Roles.University));

        foreach (
            var route in new[]
            {
                "GET /api/demands/" + demand + "/applications/{id}",
                "POST /api/demands/" + demand + "/applications/{id}/withdraw",
            }
        )
        {
            await SameAsNothingAsync(stranger, route, application);
        }

        (await market.As(owner).GetAsync($"/api/demands/{demand}/applications/{application}")).StatusCode.ShouldBe(
            HttpStatusCode.OK
        );
        await (
            await market.As(owner).PostAsync($"/api/demands/{demand}/applications/{application}/withdraw", null)
        ).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_match_of_others_is_answered_as_nothing()
    {
        var (match, _, _) = await AuthorizationMatrixTests.SuggestedMatchAsync(market);
        var stranger = market.As(TestAccounts.New(Roles.Enterprise));

        await SameAsNothingAsync(stranger, "GET /api/matches/{id}", match);
        await SameAsNothingAsync(stranger, "GET /api/matches/{id}/history", match);
    }

    /// <summary>
    /// The route answers the hidden id exactly as an unknown one: same status and title (404 unless the caller's
    /// role may not use the route at all, which it learns whatever the id).
    /// </summary>
    private static async Task SameAsNothingAsync(
        HttpClient client,
        string route,
        Guid hidden,
        HttpStatusCode? expected = HttpStatusCode.NotFound
    )
    {
        var forHidden = await SendAsync(client, route, hidden);
        var forNothing = await SendAsync(client, route, Guid.NewGuid());

        forHidden.Status.ShouldBe(forNothing.Status, $"{route}: {forHidden.Body} / unknown id: {forNothing.Body}");
        if (expected is { } status)
        {
            forHidden.Status.ShouldBe(status, $"{route}: {forHidden.Body}");
        }

        forHidden.Title.ShouldBe(forNothing.Title, route);
    }

    private static async Task<(HttpStatusCode Status, string? Title, string Body)> SendAsync(
        HttpClient client,
        string route,
        Guid id
    )
    {
        var (method, path) = (route.Split(' ')[0], route.Split(' ')[1]);
        using var request = new HttpRequestMessage(
            new HttpMethod(method),
            path.Replace("{id}", id.ToString(), StringComparison.Ordinal)
                .Replace("{other}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
        );
        if (method == "PUT" || path.EndsWith("/applications", StringComparison.Ordinal) && method == "POST")
        {
            request.Content = JsonContent.Create(
                path.Contains("achievements", StringComparison.Ordinal) ? AchievementSamples.Valid()
                : method == "PUT" ? DemandSamples.Valid(Market.Deadline)
                : DemandSamples.Application()
            );
        }

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var title =
            body.StartsWith('{') && JsonDocument.Parse(body).RootElement.TryGetProperty("title", out var t)
                ? t.GetString()
                : null;
        return (response.StatusCode, title, body);
    }
}
