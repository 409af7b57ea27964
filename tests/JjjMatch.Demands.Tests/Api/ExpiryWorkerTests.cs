using JjjMatch.Contracts.Demands;
using JjjMatch.Demands.Domain;
using JjjMatch.Testing;

namespace JjjMatch.Demands.Tests.Api;

/// <summary>The hosted worker, polling every 100 ms, records expiry without anyone asking.</summary>
public abstract class ExpiryWorkerTests(DemandsHost host)
{
    private readonly DemandsClient client = new(host);

    [Fact]
    public async Task The_worker_expires_a_demand_once_its_deadline_has_passed()
    {
        var demand = DemandsClient.Id(await client.OpenedAsync(client.Sample(deadlineInDays: 1)));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        (await client.StoredAsync(demand)).Status.ShouldBe(DemandStatus.Open);

        host.Clock.Advance(client.UntilClose(1));

        await Eventually.WaitForAsync(
            async () => (await client.StoredAsync(demand)).Status,
            status => status == DemandStatus.Expired,
            TimeSpan.FromSeconds(20),
            "the worker to expire the demand"
        );
        (await client.OutboxEventsAsync())
            .OfType<DemandClosed>()
            .Single(e => e.DemandId == demand)
            .Reason.ShouldBe(DemandCloseReason.Expired);
    }
}
