using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Testing;

namespace JjjMatch.Security.Tests;

/// <summary>
/// If-Match is a version in quotes or <c>*</c>; anything else is a 400 naming the header on every route and changes
/// nothing, so a typo never turns a conditional write into an unconditional one.
/// </summary>
public sealed class IfMatchTests(DefaultHost host) : IClassFixture<DefaultHost>
{
    [Theory]
    [InlineData("junk")]
    [InlineData("3")]
    [InlineData("\"three\"")]
    [InlineData("\"-1\"")]
    [InlineData("\"0\"")]
    [InlineData("\"99999999999\"")]
    [InlineData("\"1\", \"2\"")]
    public async Task A_malformed_if_match_is_a_400_naming_it_and_changes_nothing(string ifMatch)
    {
        var owner = host.CreateClient(TestAccounts.New(Roles.University));
        var id = await CreateAsync(owner);

        var update = await SendAsync(owner, HttpMethod.Put, $"/api/achievements/{id}", ifMatch, "改过的标题");
        var publish = await SendAsync(owner, HttpMethod.Post, $"/api/achievements/{id}/publish", ifMatch);

        await update.ShouldBeValidationProblemAsync("If-Match");
        await publish.ShouldBeValidationProblemAsync("If-Match");
        var stored = await owner.GetFromJsonAsync<JsonElement>($"/api/achievements/{id}");
        stored.GetProperty("status").GetString().ShouldBe("draft");
        stored.GetProperty("version").GetInt32().ShouldBe(1);
        stored.GetProperty("title").GetString().ShouldNotBe("改过的标题");
    }

    [Theory]
    [InlineData("\"1\"", HttpStatusCode.OK)]
    [InlineData("W/\"1\"", HttpStatusCode.OK)]
    [InlineData("*", HttpStatusCode.OK)]
    [InlineData("\"2\"", HttpStatusCode.Conflict)]
    public async Task A_version_or_a_star_is_honoured(string ifMatch, HttpStatusCode expected)
    {
        var owner = host.CreateClient(TestAccounts.New(Roles.University));
        var id = await CreateAsync(owner);

        var update = await SendAsync(owner, HttpMethod.Put, $"/api/achievements/{id}", ifMatch, "改过的标题");

        update.StatusCode.ShouldBe(expected, await update.Content.ReadAsStringAsync());
    }

    private static async Task<Guid> CreateAsync(HttpClient owner)
    {
        var created = await owner.PostAsJsonAsync("/api/achievements", AchievementSamples.Valid());
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client,
        HttpMethod method,
        string path,
        string ifMatch,
        string? title = null
    )
    {
        using var request = new HttpRequestMessage(method, path);
        if (title is not null)
        {
            request.Content = JsonContent.Create(AchievementSamples.Valid(title));
        }

        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }
}

public sealed class ShortRateLimitHost()
    : ConfiguredHost(
        new Dictionary<string, string> { ["RateLimiting:PermitLimit"] = "2", ["RateLimiting:Window"] = "00:01:00" }
    );

/// <summary>Retry-After after a 429 is the time left in the account's window, not the window's full length.</summary>
public sealed class RetryAfterTests(ShortRateLimitHost host) : IClassFixture<ShortRateLimitHost>
{
    [Fact]
    public async Task Retry_after_counts_down_with_the_window()
    {
        var busy = host.CreateClient(TestAccounts.New(Roles.University));
        (await busy.GetAsync("/api/achievements")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await busy.GetAsync("/api/achievements")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var first = await RetryAfterAsync(busy);

        await Task.Delay(TimeSpan.FromSeconds(3));
        var later = await RetryAfterAsync(busy);

        first.ShouldBeInRange(55, 60);
        later.ShouldBeInRange(1, first - 2);
    }

    private static async Task<int> RetryAfterAsync(HttpClient client)
    {
        var refused = await client.GetAsync("/api/achievements");
        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        return int.Parse(
            refused.Headers.GetValues("Retry-After").Single(),
            System.Globalization.CultureInfo.InvariantCulture
        );
    }
}
