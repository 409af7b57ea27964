using System.Text.Json;
using JjjMatch.Testing;

namespace JjjMatch.Demands.Tests.Api;

/// <summary>
/// A demand's events reach the matching service through the outbox and the bus, and take it off the market again.
/// </summary>
public abstract class MarketFlowTests(DemandsHost host)
{
    private readonly DemandsClient client = new(host);

    [Fact]
    public async Task An_opened_demand_reaches_matching_and_leaves_it_when_awarded()
    {
        var draft = DemandsClient.Id(await client.CreatedAsync(client.Sample()));
        var demand = DemandsClient.Id(await client.OpenedAsync(client.Sample("配电网故障快速定位技术需求")));
        var application = DemandsClient.Id(await client.AppliedAsync(demand, DemandSamples.Application()));

        await OpenDemandsInMatchingAsync(expected: 1, eventsApplied: 2);

        await client.PostOkAsync($"/api/demands/{demand}/applications/{application}/award");

        await OpenDemandsInMatchingAsync(expected: 0, eventsApplied: 4);
        DemandsClient.Status(await client.GetAsync($"/api/demands/{draft}")).ShouldBe("draft");
    }

    private Task<JsonElement> OpenDemandsInMatchingAsync(int expected, int eventsApplied) =>
        Eventually.WaitForAsync(
            () => client.GetAsync("/api/matching/status"),
            status =>
                status.GetProperty("openDemands").GetInt32() == expected
                && status.GetProperty("eventsApplied").GetInt32() == eventsApplied,
            TimeSpan.FromSeconds(20),
            $"matching to know {expected} open demand(s) after {eventsApplied} events"
        );
}
