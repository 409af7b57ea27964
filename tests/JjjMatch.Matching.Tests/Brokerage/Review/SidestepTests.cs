using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Testing;

namespace JjjMatch.Matching.Tests.Brokerage.Review;

/// <summary>
/// Rules a caller holding several tokens could sidestep: one organisation on both sides of a pair (its university and
/// its enterprise token), or a broker reviewing a pair its own organisation is a side of.
/// </summary>
public abstract class SidestepTests(ReviewHost host)
{
    private readonly ReviewPairs pairs = new(host);

    [Fact]
    public async Task One_organisation_is_never_introduced_to_itself()
    {
        var university = TestAccounts.New(Roles.University);
        var sameOrganisation = university with { UserId = Guid.CreateVersion7(), Role = Roles.Enterprise };
        var pair = await pairs.SuggestedAsync(university: university, enterprise: sameOrganisation);
        var broker = pairs.As(TestAccounts.Intermediary);

        await (await ReviewPairs.StepAsync(broker, pair.Match, "claim")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        (await pairs.MatchAsync(pair.Match)).GetProperty("status").GetString().ShouldBe("suggested");
        (await pairs.HistoryAsync(pair.Match)).ShouldBeEmpty();
        var queue = await pairs
            .As(TestAccounts.Operator)
            .GetFromJsonAsync<JsonElement>($"/api/review/queue?status=pending&pageSize=100");
        queue.GetProperty("items").EnumerateArray().ShouldNotContain(i => i.GetProperty("id").GetGuid() == pair.Match);
    }

    [Fact]
    public async Task A_broker_never_reviews_a_pair_its_own_organisation_is_a_side_of()
    {
        var university = TestAccounts.New(Roles.University);
        var ownBroker = university with { UserId = Guid.CreateVersion7(), Role = Roles.Intermediary };
        var pair = await pairs.SuggestedAsync(university: university);
        var broker = pairs.As(ownBroker);

        await (await ReviewPairs.StepAsync(broker, pair.Match, "claim")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await pairs.MatchAsync(pair.Match)).GetProperty("status").GetString().ShouldBe("suggested");
        var queue = await broker.GetFromJsonAsync<JsonElement>("/api/review/queue?pageSize=100");
        queue.GetProperty("items").EnumerateArray().ShouldNotContain(i => i.GetProperty("id").GetGuid() == pair.Match);
        // Another broker takes it up as usual.
        (await ReviewPairs.StepAsync(pairs.As(TestAccounts.Intermediary), pair.Match, "claim")).StatusCode.ShouldBe(
            HttpStatusCode.OK
        );
    }
}

public sealed class SidestepsOnSqlite(SqliteReviewHost host) : SidestepTests(host), IClassFixture<SqliteReviewHost>;
