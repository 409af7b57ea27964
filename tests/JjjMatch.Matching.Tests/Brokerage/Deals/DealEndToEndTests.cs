using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Testing;

namespace JjjMatch.Matching.Tests.Brokerage.Deals;

/// <summary>
/// From a suggestion to a deal and the funnel through the API alone: claim, accept, record, export, count.
/// </summary>
public abstract class DealEndToEndTests(DealsHost host)
{
    [Fact]
    public async Task A_broker_claims_accepts_and_records_the_deal_and_the_operator_counts_it()
    {
        var seller = TestAccounts.New(Roles.University);
        var buyer = TestAccounts.New(Roles.Enterprise);
        var match = await new MatchSeed(host).SuggestAsync(
            MatchSeed.Achievement(seller.OrganisationId),
            MatchSeed.Demand(buyer.OrganisationId),
            new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc)
        );
        var broker = host.CreateClient(TestAccounts.Intermediary);

        (await broker.PostAsync($"/api/matches/{match}/claim", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await broker.RecordAsync(match, DealClient.Body())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await broker.PostAsync($"/api/matches/{match}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var deal = await broker.RecordedAsync(match, DealClient.Body(b => b["signedOn"] = "2026-12-01"));

        var id = deal.GetProperty("id").GetGuid();
        (await host.CreateClient(seller).GetAsync($"/api/deals/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.CreateClient(buyer).GetAsync($"/api/deals/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var funnel = await host.CreateClient(TestAccounts.Operator)
            .GetFromJsonAsync<JsonElement>("/api/stats/funnel?from=2026-11-30&to=2026-12-01");
        var total = funnel.GetProperty("total");
        (
            total.GetProperty("suggested").GetInt32(),
            total.GetProperty("claimed").GetInt32(),
            total.GetProperty("accepted").GetInt32(),
            total.GetProperty("deals").GetInt32()
        ).ShouldBe((1, 1, 1, 1));
        var review = await host.CreateClient(TestAccounts.Operator)
            .GetFromJsonAsync<JsonElement>("/api/stats/review-time?from=2026-12-01");
        review.GetProperty("total").GetProperty("medianHours").GetDouble().ShouldBe(28.0);
    }
}
