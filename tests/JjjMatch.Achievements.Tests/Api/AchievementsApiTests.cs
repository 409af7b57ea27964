using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.Contracts.Achievements;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Achievements.Tests.Api;

/// <summary>The achievements API through the real host; run once per database provider.</summary>
public abstract class AchievementsApiTests(JjjMatchFactory host)
{
    private readonly AchievementsClient client = new(host.CreateClient(TestAccounts.University));

    [Fact]
    public async Task Creating_a_draft_returns_it_without_the_contact()
    {
        var response = await client.CreateAsync(AchievementSamples.Valid());

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var raw = await response.Content.ReadAsStringAsync();
        var created = JsonDocument.Parse(raw).RootElement;
        created.GetProperty("status").GetString().ShouldBe("draft");
        created.GetProperty("title").GetString().ShouldBe("基于深度学习的工业缺陷视觉检测关键技术");
        created
            .GetProperty("transferModes")
            .EnumerateArray()
            .Select(m => m.GetString())
            .ShouldBe(["nonExclusiveLicence", "assignment"]);
        response.Headers.Location!.ToString().ShouldBe($"/api/achievements/{created.GetProperty("id").GetGuid()}");
        raw.ShouldNotContain(AchievementSamples.ContactName);
        raw.ShouldNotContain(AchievementSamples.ContactPhone);
        raw.ShouldNotContain(AchievementSamples.ContactEmail);
    }

    [Fact]
    public async Task Publishing_writes_the_full_snapshot_to_the_outbox_in_the_same_save()
    {
        var published = await client.PublishedAsync(AchievementSamples.Valid("面向电力巡检的无人机图像识别"));
        var id = published.GetProperty("id").GetGuid();

        published.GetProperty("status").GetString().ShouldBe("published");
        var events = await OutboxEventsAsync();
        var publishedEvent = events.OfType<AchievementPublished>().Single(e => e.Achievement.Id == id);
        publishedEvent.Achievement.Title.ShouldBe("面向电力巡检的无人机图像识别");
        publishedEvent.Achievement.AskingPrice.Min.ShouldBe(500000m);
        publishedEvent.Achievement.Keywords.ShouldContain("机器视觉");
        publishedEvent.Producer.ShouldBe("achievements");
    }

    [Fact]
    public async Task Updating_a_published_achievement_reports_the_new_snapshot()
    {
        var id = (await client.PublishedAsync(AchievementSamples.Valid())).GetProperty("id").GetGuid();

        var response = await client.Http.PutAsJsonAsync(
            $"/api/achievements/{id}",
            AchievementSamples.Valid("更新后的标题 updated title")
        );

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await OutboxEventsAsync())
            .OfType<AchievementUpdated>()
            .ShouldContain(e => e.Achievement.Id == id && e.Achievement.Title == "更新后的标题 updated title");
    }

    [Fact]
    public async Task Every_event_of_an_achievement_carries_the_version_it_left_the_achievement_at()
    {
        var published = await client.PublishedAsync(AchievementSamples.Valid("版本号随事件发出的成果"));
        var id = published.GetProperty("id").GetGuid();
        var updated = await client.Http.PutAsJsonAsync($"/api/achievements/{id}", AchievementSamples.Valid("改过一次"));
        var withdrawn = await client.Http.PostAsync($"/api/achievements/{id}/withdraw", null);

        var events = await OutboxEventsAsync();
        var versions = new[]
        {
            events.OfType<AchievementPublished>().Single(e => e.Achievement.Id == id).Achievement.Version,
            events.OfType<AchievementUpdated>().Single(e => e.Achievement.Id == id).Achievement.Version,
            events.OfType<AchievementWithdrawn>().Single(e => e.AchievementId == id).Achievement!.Version,
        };
        versions.ShouldBe([
            published.GetProperty("version").GetInt32(),
            (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32(),
            (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32(),
        ]);
        versions.ShouldBeInOrder(SortDirection.Ascending);
        var leaving = events.OfType<AchievementWithdrawn>().Single(e => e.AchievementId == id).Achievement!;
        leaving.Status.ShouldBe("Withdrawn");
        leaving.Title.ShouldBe("改过一次");
    }

    [Theory]
    [InlineData("withdraw")]
    [InlineData("transferred")]
    public async Task A_draft_cannot_be_withdrawn_or_transferred(string action)
    {
        var id = (await client.CreatedAsync(AchievementSamples.Valid())).GetProperty("id").GetGuid();

        var response = await client.Http.PostAsync($"/api/achievements/{id}/{action}", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await GetAsync(id)).GetProperty("status").GetString().ShouldBe("draft");
    }

    [Fact]
    public async Task The_lifecycle_runs_forward_only()
    {
        var id = (await client.PublishedAsync(AchievementSamples.Valid())).GetProperty("id").GetGuid();

        (await client.Http.PostAsync($"/api/achievements/{id}/publish", null)).StatusCode.ShouldBe(
            HttpStatusCode.Conflict
        );
        (await client.Http.PostAsync($"/api/achievements/{id}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.Http.PostAsync($"/api/achievements/{id}/transferred", null)).StatusCode.ShouldBe(
            HttpStatusCode.Conflict
        );
        (await client.Http.PutAsJsonAsync($"/api/achievements/{id}", AchievementSamples.Valid())).StatusCode.ShouldBe(
            HttpStatusCode.Conflict
        );
        (await OutboxEventsAsync()).OfType<AchievementWithdrawn>().ShouldContain(e => e.AchievementId == id);
    }

    [Fact]
    public async Task An_update_based_on_a_stale_version_is_refused()
    {
        var created = await client.CreatedAsync(AchievementSamples.Valid());
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetInt32();
        (
            await client.Http.PutAsJsonAsync($"/api/achievements/{id}", AchievementSamples.Valid("第一次修改"))
        ).EnsureSuccessStatusCode();

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/achievements/{id}")
        {
            Content = JsonContent.Create(AchievementSamples.Valid("第二次修改")),
        };
        stale.Headers.IfMatch.Add(new($"\"{version}\""));
        var response = await client.Http.SendAsync(stale);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await GetAsync(id)).GetProperty("title").GetString().ShouldBe("第一次修改");
    }

    [Fact]
    public async Task Two_writers_of_the_same_version_cannot_both_win()
    {
        var id = (await client.CreatedAsync(AchievementSamples.Valid())).GetProperty("id").GetGuid();
        await using var first = host.Services.CreateAsyncScope();
        await using var second = host.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<AchievementsDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<AchievementsDbContext>();
        var mine = await firstDb.Achievements.SingleAsync(a => a.Id == id);
        var theirs = await secondDb.Achievements.SingleAsync(a => a.Id == id);

        mine.Publish(DateTime.UtcNow);
        await firstDb.SaveChangesAsync();
        theirs.Publish(DateTime.UtcNow);

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync());
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_problem()
    {
        var response = await client.Http.GetAsync($"/api/achievements/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Health_and_the_OpenAPI_document_are_served()
    {
        (await client.Http.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.Http.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var openApi = await client.Http.GetStringAsync("/swagger/v1/swagger.json");
        openApi.ShouldContain("/api/achievements/{id}/publish");
        (await client.Http.GetAsync("/swagger/index.html")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<JsonElement> GetAsync(Guid id) =>
        await client.Http.GetFromJsonAsync<JsonElement>($"/api/achievements/{id}", AchievementsClient.Json);

    private Task<List<object>> OutboxEventsAsync() =>
        host.WithScopeAsync<AchievementsDbContext, List<object>>(async db =>
            (await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync())
                .Select(m => (object)IntegrationEventSerializer.FromOutboxMessage(m).Event)
                .ToList()
        );
}
