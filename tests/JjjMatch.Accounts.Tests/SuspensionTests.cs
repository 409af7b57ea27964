using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.Testing;

namespace JjjMatch.Accounts.Tests;

/// <summary>
/// A suspension over the in-memory bus, seen by each service: achievements and demands mark the organisation's
/// listings (nothing withdrawn), its next token says "suspended" so it publishes, opens and applies no more, and the
/// matcher's pending pairs stay in the brokers' queue.
/// </summary>
public abstract class SuspensionTests(AccountsHost host)
{
    private readonly AccountsClient client = new(host);

    [Fact]
    public async Task A_suspended_university_keeps_its_listings_marked_and_its_pairs_but_acts_no_more()
    {
        var email = AccountsClient.NewEmail();
        var organisation = await client.RegisteredAndConfirmedAsync(email);
        await client.ApproveAsync(organisation);
        var tokens = await client.SignInWithCodeAsync(email);
        var university = client.WithToken(tokens.AccessToken);
        var achievement = await PublishedAsync(university, "高炉煤气余热回收利用关键技术");
        var enterprise = host.CreateClient(TestAccounts.Enterprise);
        var demand = await OpenedDemandAsync(enterprise);
        var broker = host.CreateClient(TestAccounts.Intermediary);
        await Eventually.WaitForAsync(
            () => broker.GetStringAsync("/api/review/queue?pageSize=100"),
            body => body.Contains(achievement.ToString(), StringComparison.Ordinal),
            TimeSpan.FromSeconds(20),
            "the pair in the brokers' queue"
        );

        var suspended = await client.ReviewAsync(organisation, "suspend", "资质核查中");
        suspended.StatusCode.ShouldBe(HttpStatusCode.OK, await suspended.Content.ReadAsStringAsync());

        var marked = await Eventually.WaitForAsync(
            () => client.Anonymous.GetFromJsonAsync<JsonElement>($"/api/achievements/{achievement}"),
            a => a.GetProperty("ownerSuspended").GetBoolean(),
            TimeSpan.FromSeconds(10),
            "the achievement marked"
        );
        marked.GetProperty("status").GetString().ShouldBe("published");
        (await broker.GetStringAsync("/api/review/queue?pageSize=100")).ShouldContain(achievement.ToString());

        // The matcher: the pending pair stays in the queue, showing its owner suspended; a demand opened now gets no
        // new pair with it, while an approved university's like achievement is suggested in the same computation.
        await Eventually.WaitForAsync(
            () => QueuedSideAsync(broker, achievement),
            side => side is { } s && s.GetProperty("ownerSuspended").GetBoolean(),
            TimeSpan.FromSeconds(20),
            "the queued pair showing the owner suspended"
        );
        var pair = await broker.GetFromJsonAsync<JsonElement>($"/api/matches?demandId={demand}");
        pair.GetProperty("items")
            .EnumerateArray()
            .Single(m => m.GetProperty("achievementId").GetGuid() == achievement)
            .GetProperty("achievementOwnerSuspended")
            .GetBoolean()
            .ShouldBeTrue();
        var sentinel = await PublishedAsync(host.CreateClient(TestAccounts.University), "高炉煤气余热回收利用关键技术");
        var later = await OpenedDemandAsync(enterprise);
        var suggested = await Eventually.WaitForAsync(
            () => enterprise.GetStringAsync($"/api/matches?demandId={later}&pageSize=100"),
            body => body.Contains(sentinel.ToString(), StringComparison.Ordinal),
            TimeSpan.FromSeconds(20),
            "the approved university's achievement suggested for the later demand"
        );
        suggested.ShouldNotContain(achievement.ToString(), customMessage: "no new pair with a suspended owner");
        var next = await Tokens.ReadAsync(await client.RefreshAsync(tokens.RefreshToken!));
        AccountsClient.Claims(next.AccessToken).GetProperty("org_status").GetString().ShouldBe("suspended");
        var after = client.WithToken(next.AccessToken);
        var draft = await after.PostAsJsonAsync("/api/achievements", AchievementSamples.Valid("另一项成果"));
        draft.StatusCode.ShouldBe(HttpStatusCode.Created, "drafts stay possible");
        var id = JsonDocument.Parse(await draft.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        await (await after.PostAsync($"/api/achievements/{id}/publish", null)).ShouldBeProblemAsync(
            HttpStatusCode.Forbidden
        );
        await (
            await after.PostAsJsonAsync($"/api/demands/{demand}/applications", DemandSamples.Application())
        ).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        await client.ApproveAsync(organisation);
        await Eventually.WaitForAsync(
            () => client.Anonymous.GetFromJsonAsync<JsonElement>($"/api/achievements/{achievement}"),
            a => !a.GetProperty("ownerSuspended").GetBoolean(),
            TimeSpan.FromSeconds(10),
            "the mark lifted"
        );
        await Eventually.WaitForAsync(
            () => QueuedSideAsync(broker, achievement),
            side => side is { } s && !s.GetProperty("ownerSuspended").GetBoolean(),
            TimeSpan.FromSeconds(20),
            "the queued pair's mark lifted"
        );
    }

    private static async Task<JsonElement?> QueuedSideAsync(HttpClient broker, Guid achievement)
    {
        var queue = await broker.GetFromJsonAsync<JsonElement>("/api/review/queue?pageSize=100");
        foreach (var item in queue.GetProperty("items").EnumerateArray())
        {
            if (item.GetProperty("achievement").GetProperty("id").GetGuid() == achievement)
            {
                return item.GetProperty("achievement");
            }
        }

        return null;
    }

    [Fact]
    public async Task A_suspended_enterprises_open_demands_are_marked_and_it_opens_no_more()
    {
        var email = AccountsClient.NewEmail();
        var organisation = await client.RegisteredAndConfirmedAsync(email, "enterprise");
        await client.ApproveAsync(organisation);
        var tokens = await client.SignInWithCodeAsync(email);
        var demand = await OpenedDemandAsync(client.WithToken(tokens.AccessToken));

        await client.ReviewAsync(organisation, "suspend", "投诉核查");

        var marked = await Eventually.WaitForAsync(
            () => client.Anonymous.GetFromJsonAsync<JsonElement>($"/api/demands/{demand}"),
            d => d.GetProperty("ownerSuspended").GetBoolean(),
            TimeSpan.FromSeconds(10),
            "the demand marked"
        );
        marked.GetProperty("status").GetString().ShouldBe("open");
        var next = client.WithToken(
            (await Tokens.ReadAsync(await client.RefreshAsync(tokens.RefreshToken!))).AccessToken
        );
        var draft = await next.PostAsJsonAsync("/api/demands", DemandSamples.Valid(DateTimeOffset.UtcNow.AddDays(20)));
        var id = JsonDocument.Parse(await draft.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        await (await next.PostAsync($"/api/demands/{id}/open", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private static async Task<Guid> PublishedAsync(HttpClient university, string title)
    {
        var body = AchievementSamples.Valid(title, "钢铁-节能减排");
        body["region"] = new System.Text.Json.Nodes.JsonObject { ["province"] = "hebei", ["city"] = "唐山" };
        var created = await university.PostAsJsonAsync("/api/achievements", body);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var published = await university.PostAsync($"/api/achievements/{id}/publish", null);
        published.StatusCode.ShouldBe(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        return id;
    }

    private static async Task<Guid> OpenedDemandAsync(HttpClient enterprise)
    {
        var created = await enterprise.PostAsJsonAsync(
            "/api/demands",
            DemandSamples.Valid(DateTimeOffset.UtcNow.AddDays(30))
        );
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var opened = await enterprise.PostAsync($"/api/demands/{id}/open", null);
        opened.StatusCode.ShouldBe(HttpStatusCode.OK, await opened.Content.ReadAsStringAsync());
        return id;
    }
}

public sealed class SuspensionOnSqlite(FolderSqliteHost host) : SuspensionTests(host), IClassFixture<FolderSqliteHost>;

public sealed class SuspensionOnPostgreSql(FolderPostgreSqlHost host)
    : SuspensionTests(host),
        IClassFixture<FolderPostgreSqlHost>;
