using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.Contracts.Matching;
using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Tests.Brokerage.Review;

/// <summary>
/// A rejection's reason and note reach both posters (and no one else), as the match, the audit trail, the feedback list
/// and MatchRejected.
/// </summary>
public sealed class FeedbackTests(SqliteReviewHost host) : IClassFixture<SqliteReviewHost>
{
    private readonly ReviewPairs pairs = new(host);

    private static readonly string[] InputFields =
    [
        "title",
        "summary",
        "keywords",
        "industry",
        "technologyField",
        "maturity",
        "patents",
        "transferModes",
        "askingPrice",
        "ownerInstitution",
        "region",
        "contact",
    ];

    [Fact]
    public async Task Both_posters_see_why_their_pair_was_rejected_and_a_third_organisation_does_not()
    {
        var pair = await pairs.SuggestedAsync();
        var broker = pairs.As(TestAccounts.Intermediary);
        (await ReviewPairs.StepAsync(broker, pair.Match, "claim")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var rejected = await ReviewPairs.StepAsync(
            broker,
            pair.Match,
            "reject",
            new { reason = "tooEarlyStage", note = "  成果仍处于实验室阶段，建议中试后再对接。 " }
        );
        rejected.StatusCode.ShouldBe(HttpStatusCode.OK, await rejected.Content.ReadAsStringAsync());

        foreach (
            var (owner, query) in new[]
            {
                (pair.DemandOwner, $"demandId={pair.Demand}"),
                (pair.AchievementOwner, $"achievementId={pair.Achievement}"),
            }
        )
        {
            var page = await pairs.As(owner).GetFromJsonAsync<JsonElement>($"/api/matches?{query}&status=Rejected");
            var seen = page.GetProperty("items")
                .EnumerateArray()
                .Single(m => m.GetProperty("id").GetGuid() == pair.Match);
            seen.GetProperty("rejectionReason").GetString().ShouldBe("tooEarlyStage");
            seen.GetProperty("rejectionNote").GetString().ShouldBe("成果仍处于实验室阶段，建议中试后再对接。");
            seen.GetProperty("reviewerOrganisationId").GetGuid().ShouldBe(TestAccounts.Intermediary.OrganisationId);
            seen.GetProperty("decidedAt").ValueKind.ShouldBe(JsonValueKind.String);
            var one = await pairs.As(owner).GetFromJsonAsync<JsonElement>($"/api/matches/{pair.Match}");
            one.GetProperty("rejectionReason").GetString().ShouldBe("tooEarlyStage");

            var feedback = await pairs.As(owner).GetFromJsonAsync<JsonElement>("/api/matches/feedback");
            var items = feedback
                .GetProperty("items")
                .EnumerateArray()
                .Where(i => i.GetProperty("matchId").GetGuid() == pair.Match)
                .ToList();
            items
                .Select(i => i.GetProperty("decision").GetProperty("action").GetString())
                .ShouldBe(["reject", "claim"]);
            items[0]
                .GetProperty("decision")
                .GetProperty("note")
                .GetString()
                .ShouldBe("成果仍处于实验室阶段，建议中试后再对接。");
            items[0].GetProperty("mySide").GetString().ShouldBe(owner == pair.DemandOwner ? "demand" : "achievement");
            (await pairs.As(owner).GetAsync($"/api/matches/{pair.Match}/history")).StatusCode.ShouldBe(
                HttpStatusCode.OK
            );
        }

        foreach (var stranger in new[] { TestAccounts.New(Roles.Enterprise), TestAccounts.New(Roles.University) })
        {
            var client = pairs.As(stranger);
            await (await client.GetAsync($"/api/matches?demandId={pair.Demand}&status=rejected")).ShouldBeProblemAsync(
                HttpStatusCode.Forbidden
            );
            await (await client.GetAsync($"/api/matches/{pair.Match}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await client.GetAsync($"/api/matches/{pair.Match}/history")).ShouldBeProblemAsync(
                HttpStatusCode.NotFound
            );
            var feedback = await client.GetStringAsync("/api/matches/feedback");
            feedback.ShouldNotContain(pair.Match.ToString());
            feedback.ShouldNotContain("实验室阶段");
        }

        var published = (await OutboxAsync<MatchRejected>()).Single(e => e.MatchId == pair.Match);
        published.Reason.ShouldBe("tooEarlyStage");
        published.Note.ShouldBe("成果仍处于实验室阶段，建议中试后再对接。");
        (published.AchievementId, published.DemandId).ShouldBe((pair.Achievement, pair.Demand));
    }

    [Fact]
    public async Task A_rejected_pair_is_not_suggested_again_when_a_listing_changes()
    {
        var pair = await pairs.SuggestedAsync();
        var broker = pairs.As(TestAccounts.Intermediary);
        (await ReviewPairs.StepAsync(broker, pair.Match, "claim")).EnsureSuccessStatusCode();
        (
            await ReviewPairs.StepAsync(broker, pair.Match, "reject", new { reason = "duplicate" })
        ).EnsureSuccessStatusCode();

        var owner = pairs.As(pair.AchievementOwner);
        var current = await owner.GetFromJsonAsync<JsonElement>($"/api/achievements/{pair.Achievement}");
        var body = System.Text.Json.Nodes.JsonNode.Parse(current.GetRawText())!.AsObject();
        // The response's own fields (id, status, version …) are not part of the update body, which refuses them.
        foreach (var field in body.Select(p => p.Key).Except(InputFields).ToList())
        {
            body.Remove(field);
        }

        body["summary"] = current.GetProperty("summary").GetString() + " 新增：支持在线标定。";
        body["contact"] = new System.Text.Json.Nodes.JsonObject { ["name"] = "张晓明", ["phone"] = "13800138000" };
        (await owner.PutAsJsonAsync($"/api/achievements/{pair.Achievement}", body)).EnsureSuccessStatusCode();
        await Eventually.WaitForAsync(
            () =>
                host.WithScopeAsync<MatchingDbContext, bool>(async db =>
                    (
                        await db.Achievements.AsNoTracking().SingleAsync(a => a.Id == pair.Achievement)
                    ).Snapshot.Summary.Contains("在线标定")
                ),
            updated => updated,
            ReviewPairs.Patience,
            "the update in the matcher"
        );
        // The suggestions are refreshed right after the copy is stored: give that a moment.
        await Task.Delay(TimeSpan.FromSeconds(1));

        var match = await pairs.MatchAsync(pair.Match);
        match.GetProperty("status").GetString().ShouldBe("rejected");
        match.GetProperty("rejectionReason").GetString().ShouldBe("duplicate");
    }

    [Fact]
    public async Task Feedback_paging_is_checked()
    {
        var response = await pairs.As(TestAccounts.University).GetAsync("/api/matches/feedback?page=0");

        await response.ShouldBeValidationProblemAsync("page");
    }

    private Task<List<T>> OutboxAsync<T>() =>
        host.WithScopeAsync<MatchingDbContext, List<T>>(async db =>
            (await db.OutboxMessages.AsNoTracking().ToListAsync())
                .Select(m => IntegrationEventSerializer.FromOutboxMessage(m).Event)
                .OfType<T>()
                .ToList()
        );
}
