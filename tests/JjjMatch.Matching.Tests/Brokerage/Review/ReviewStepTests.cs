using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.Contracts.Matching;
using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Tests.Brokerage.Review;

/// <summary>
/// Claim, release, accept and reject: the happy paths, every illegal move, coverage, and the audit rows and events they
/// write.
/// </summary>
public abstract class ReviewStepTests(ReviewHost host)
{
    private readonly ReviewPairs pairs = new(host);

    [Fact]
    public async Task Claim_release_claim_accept_writes_one_audit_row_per_step_and_MatchAccepted()
    {
        var pair = await pairs.SuggestedAsync();
        var broker = TestAccounts.Intermediary;
        var http = pairs.As(broker);

        var claimed = await OkAsync(ReviewPairs.StepAsync(http, pair.Match, "claim"));
        claimed.GetProperty("status").GetString().ShouldBe("claimed");
        claimed.GetProperty("reviewerOrganisationId").GetGuid().ShouldBe(broker.OrganisationId);
        claimed.GetProperty("claimedAt").ValueKind.ShouldBe(JsonValueKind.String);
        (await OkAsync(ReviewPairs.StepAsync(http, pair.Match, "release")))
            .GetProperty("status")
            .GetString()
            .ShouldBe("suggested");
        await OkAsync(ReviewPairs.StepAsync(http, pair.Match, "claim"));
        var accepted = await OkAsync(ReviewPairs.StepAsync(http, pair.Match, "accept"));

        accepted.GetProperty("status").GetString().ShouldBe("accepted");
        accepted.GetProperty("decidedAt").ValueKind.ShouldBe(JsonValueKind.String);
        var history = await pairs.HistoryAsync(pair.Match);
        history.Select(h => h.GetProperty("action").GetString()).ShouldBe(["claim", "release", "claim", "accept"]);
        history
            .Select(h => h.GetProperty("previousStatus").GetString())
            .ShouldBe(["suggested", "claimed", "suggested", "claimed"]);
        history
            .Select(h => h.GetProperty("newStatus").GetString())
            .ShouldBe(["claimed", "suggested", "claimed", "accepted"]);
        history.ShouldAllBe(h =>
            h.GetProperty("actorOrganisationId").GetGuid() == broker.OrganisationId
            && h.GetProperty("actorId").GetGuid() == broker.UserId
        );
        var events = await OutboxAsync<MatchAccepted>();
        var introduced = events.Single(e => e.MatchId == pair.Match);
        introduced.AchievementOwnerId.ShouldBe(pair.AchievementOwner.OrganisationId);
        introduced.DemandOwnerId.ShouldBe(pair.DemandOwner.OrganisationId);
        introduced.BrokerOrganisationId.ShouldBe(broker.OrganisationId);
        (introduced.AchievementId, introduced.DemandId).ShouldBe((pair.Achievement, pair.Demand));
    }

    [Fact]
    public async Task Every_illegal_move_is_a_409_and_changes_nothing()
    {
        var pair = await pairs.SuggestedAsync();
        var mine = pairs.As(TestAccounts.Intermediary);
        var other = pairs.As(ReviewPairs.Broker());
        var reason = new { reason = "price" };

        foreach (var step in new[] { "release", "accept" })
        {
            await (await ReviewPairs.StepAsync(mine, pair.Match, step)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        }

        await (await ReviewPairs.StepAsync(mine, pair.Match, "reject", reason)).ShouldBeProblemAsync(
            HttpStatusCode.Conflict
        );
        await OkAsync(ReviewPairs.StepAsync(mine, pair.Match, "claim"));
        await (await ReviewPairs.StepAsync(mine, pair.Match, "claim")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await ReviewPairs.StepAsync(other, pair.Match, "claim")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        // Another broker may not decide or release a pair someone else holds.
        await (await ReviewPairs.StepAsync(other, pair.Match, "release")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await ReviewPairs.StepAsync(other, pair.Match, "accept")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await ReviewPairs.StepAsync(other, pair.Match, "reject", reason)).ShouldBeProblemAsync(
            HttpStatusCode.Conflict
        );
        await OkAsync(ReviewPairs.StepAsync(mine, pair.Match, "reject", reason));
        foreach (var step in new[] { "claim", "release", "accept" })
        {
            await (await ReviewPairs.StepAsync(mine, pair.Match, step)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        }

        await (await ReviewPairs.StepAsync(mine, pair.Match, "reject", reason)).ShouldBeProblemAsync(
            HttpStatusCode.Conflict
        );
        (await pairs.HistoryAsync(pair.Match))
            .Select(h => h.GetProperty("action").GetString())
            .ShouldBe(["claim", "reject"]);
        (await pairs.MatchAsync(pair.Match)).GetProperty("rejectionReason").GetString().ShouldBe("price");
    }

    [Fact]
    public async Task A_claimed_pair_whose_demand_closes_is_withdrawn_with_an_audit_row_by_the_matcher()
    {
        var pair = await pairs.SuggestedAsync();
        var broker = TestAccounts.Intermediary;
        await OkAsync(ReviewPairs.StepAsync(pairs.As(broker), pair.Match, "claim"));

        await OkAsync(pairs.As(pair.DemandOwner).PostAsync($"/api/demands/{pair.Demand}/close", null));

        var history = await Eventually.WaitForAsync(
            () => pairs.HistoryAsync(pair.Match),
            h => h.Count == 2,
            ReviewPairs.Patience,
            "the withdrawal in the audit trail"
        );
        var withdrawal = history[1];
        withdrawal.GetProperty("action").GetString().ShouldBe("withdraw");
        (
            withdrawal.GetProperty("previousStatus").GetString(),
            withdrawal.GetProperty("newStatus").GetString()
        ).ShouldBe(("claimed", "withdrawn"));
        withdrawal.GetProperty("actorId").GetGuid().ShouldBe(Guid.Empty);
        withdrawal.GetProperty("note").GetString().ShouldBe("demand closed");
        var match = await pairs.MatchAsync(pair.Match);
        match.GetProperty("status").GetString().ShouldBe("withdrawn");
        await (await ReviewPairs.StepAsync(pairs.As(broker), pair.Match, "accept")).ShouldBeProblemAsync(
            HttpStatusCode.Conflict
        );
    }

    [Fact]
    public async Task A_pair_outside_the_brokers_coverage_is_a_403_and_the_operator_may_not_decide()
    {
        var pair = await pairs.SuggestedAsync("beijing", "hebei", "电子信息-人工智能");

        await (
            await ReviewPairs.StepAsync(pairs.As(ReviewPairs.Broker(["tianjin"])), pair.Match, "claim")
        ).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (
            await ReviewPairs.StepAsync(pairs.As(ReviewPairs.Broker(industries: ["钢铁"])), pair.Match, "claim")
        ).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await ReviewPairs.StepAsync(pairs.As(TestAccounts.Operator), pair.Match, "claim")).ShouldBeProblemAsync(
            HttpStatusCode.Forbidden
        );
        await (await ReviewPairs.StepAsync(pairs.As(pair.AchievementOwner), pair.Match, "claim")).ShouldBeProblemAsync(
            HttpStatusCode.Forbidden
        );
        await (
            await pairs.As(TestAccounts.Intermediary).PostAsync($"/api/matches/{Guid.NewGuid()}/claim", null)
        ).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await pairs.HistoryAsync(pair.Match)).ShouldBeEmpty();
        (await pairs.MatchAsync(pair.Match)).GetProperty("status").GetString().ShouldBe("suggested");
    }

    [Fact]
    public async Task A_stale_If_Match_version_is_a_409()
    {
        var pair = await pairs.SuggestedAsync();
        var version = (await pairs.MatchAsync(pair.Match)).GetProperty("version").GetInt32();
        var http = pairs.As(TestAccounts.Intermediary);

        // A version other than the current one; "0" would be refused as malformed (a 400), not as stale.
        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/matches/{pair.Match}/claim");
        stale.Headers.TryAddWithoutValidation("If-Match", $"\"{version + 1}\"");
        await (await http.SendAsync(stale)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var current = new HttpRequestMessage(HttpMethod.Post, $"/api/matches/{pair.Match}/claim");
        current.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        (await http.SendAsync(current)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(null, "reason")]
    [InlineData("""{"note":"没有理由"}""", "reason")]
    [InlineData("""{"reason":"boring"}""", "reason")]
    [InlineData("""{"reason":"other"}""", "note")]
    [InlineData("""{"reason":"other","note":"   "}""", "note")]
    [InlineData("""{"reason":7}""", "reason")]
    public async Task A_bad_rejection_is_a_400_naming_the_field_and_changes_nothing(string? body, string field)
    {
        var pair = await pairs.SuggestedAsync();
        var http = pairs.As(TestAccounts.Intermediary);
        await OkAsync(ReviewPairs.StepAsync(http, pair.Match, "claim"));

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/matches/{pair.Match}/reject");
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        await (await http.SendAsync(request)).ShouldBeValidationProblemAsync(field);
        (await pairs.MatchAsync(pair.Match)).GetProperty("status").GetString().ShouldBe("claimed");
        (await pairs.HistoryAsync(pair.Match)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_note_longer_than_the_limit_is_a_400()
    {
        var pair = await pairs.SuggestedAsync();
        var http = pairs.As(TestAccounts.Intermediary);
        await OkAsync(ReviewPairs.StepAsync(http, pair.Match, "claim"));

        var response = await ReviewPairs.StepAsync(
            http,
            pair.Match,
            "reject",
            new { reason = "other", note = new string('长', 1001) }
        );

        await response.ShouldBeValidationProblemAsync("note");
        (await pairs.MatchAsync(pair.Match)).GetProperty("status").GetString().ShouldBe("claimed");
    }

    [Fact]
    public async Task Two_brokers_claiming_at_once_one_gets_it_the_other_a_409()
    {
        for (var round = 0; round < 3; round++)
        {
            var pair = await pairs.SuggestedAsync();
            var brokers = new[] { ReviewPairs.Broker(), ReviewPairs.Broker(), ReviewPairs.Broker() }
                .Select(pairs.As)
                .ToList();
            using var start = new ManualResetEventSlim();
            var calls = brokers
                .Select(b =>
                    Task.Run(async () =>
                    {
                        start.Wait();
                        return await ReviewPairs.StepAsync(b, pair.Match, "claim");
                    })
                )
                .ToList();
            start.Set();
            var responses = await Task.WhenAll(calls);

            responses
                .Count(r => r.StatusCode == HttpStatusCode.OK)
                .ShouldBe(1, string.Join(", ", responses.Select(r => (int)r.StatusCode)));
            responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(brokers.Count - 1);
            (await pairs.HistoryAsync(pair.Match)).Count.ShouldBe(1);
        }
    }

    private static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<List<T>> OutboxAsync<T>() =>
        host.WithScopeAsync<MatchingDbContext, List<T>>(async db =>
            (await db.OutboxMessages.AsNoTracking().ToListAsync())
                .Select(m => IntegrationEventSerializer.FromOutboxMessage(m).Event)
                .OfType<T>()
                .ToList()
        );
}

public sealed class ReviewStepsOnSqlite(SqliteReviewHost host) : ReviewStepTests(host), IClassFixture<SqliteReviewHost>;

public sealed class ReviewStepsOnPostgreSql(PostgreSqlReviewHost host)
    : ReviewStepTests(host),
        IClassFixture<PostgreSqlReviewHost>;
