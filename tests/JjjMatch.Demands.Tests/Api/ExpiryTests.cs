using System.Globalization;
using System.Net;
using JjjMatch.Contracts.Demands;
using JjjMatch.Contracts.Shared;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Tests.Api;

/// <summary>Deadlines on the host's manual clock; expiry is run by sending the worker's command.</summary>
public abstract class ExpiryTests(DemandsHost host)
{
    private readonly DemandsClient client = new(host);
    private readonly string tag = SearchTags.New();

    [Fact]
    public async Task Expiry_moves_open_demands_past_their_deadline_and_reports_each_once()
    {
        var due = DemandsClient.Id(await client.OpenedAsync(client.Sample($"到期 {tag}", deadlineInDays: 1)));
        var live = DemandsClient.Id(await client.AppliedAsync(due, DemandSamples.Application()));
        var later = DemandsClient.Id(await client.OpenedAsync(client.Sample($"未到期 {tag}", deadlineInDays: 10)));
        var draft = DemandsClient.Id(await client.CreatedAsync(client.Sample($"草稿 {tag}", deadlineInDays: 1)));
        host.Clock.Advance(TimeSpan.FromDays(2));

        var expired = await client.ExpireDueAsync();

        expired.ShouldBeGreaterThanOrEqualTo(1);
        (await client.StoredAsync(due)).Status.ShouldBe(DemandStatus.Expired);
        (await client.StoredAsync(later)).Status.ShouldBe(DemandStatus.Open);
        (await client.StoredAsync(draft)).Status.ShouldBe(DemandStatus.Draft);
        DemandsClient.Status(await client.GetAsync($"/api/demands/{due}/applications/{live}")).ShouldBe("declined");
        var closed = await client.GetAsync($"/api/demands/{due}");
        closed.GetProperty("closedAt").GetDateTime().ShouldBe(host.Clock.GetUtcNow().UtcDateTime);
        (await client.ExpireDueAsync()).ShouldBe(0);
        (await client.OutboxEventsAsync())
            .OfType<DemandClosed>()
            .Where(e => e.DemandId == due)
            .Select(e => e.Reason)
            .ShouldBe([DemandCloseReason.Expired]);
        (await client.OutboxEventsAsync())
            .OfType<DemandClosed>()
            .ShouldNotContain(e => e.DemandId == later || e.DemandId == draft);
    }

    [Fact]
    public async Task A_demand_past_its_deadline_is_expired_before_the_worker_has_run()
    {
        var demand = DemandsClient.Id(await client.OpenedAsync(client.Sample($"已过期 {tag}", deadlineInDays: 3)));
        var application = DemandsClient.Id(await client.AppliedAsync(demand, DemandSamples.Application()));
        host.Clock.Advance(client.UntilClose(3));

        DemandsClient.Status(await client.GetAsync($"/api/demands/{demand}")).ShouldBe("expired");
        await (await client.ApplyAsync(demand, DemandSamples.Application("南开大学"))).ShouldBeProblemAsync(
            HttpStatusCode.Conflict
        );
        await (await client.PostAsync($"/api/demands/{demand}/applications/{application}/award")).ShouldBeProblemAsync(
            HttpStatusCode.Conflict
        );
        await (await client.PostAsync($"/api/demands/{demand}/close")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (
            await client.Http.PutAsync(
                $"/api/demands/{demand}",
                System.Net.Http.Json.JsonContent.Create(client.Sample($"已过期 {tag}"))
            )
        ).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await client.ListAsync($"text={tag}")).GetProperty("total").GetInt32().ShouldBe(0);
        DemandsClient.Titles(await client.ListAsync($"text={tag}&status=expired")).ShouldBe([$"已过期 {tag}"]);
        (await client.StoredAsync(demand)).Status.ShouldBe(DemandStatus.Open);
        (
            await host.WithScopeAsync<DemandsDbContext, int>(db =>
                db.Applications.CountAsync(a => a.DemandId == demand)
            )
        ).ShouldBe(1);

        await client.ExpireDueAsync();

        (await client.StoredAsync(demand)).Status.ShouldBe(DemandStatus.Expired);
        DemandsClient.Titles(await client.ListAsync($"text={tag}&status=expired")).ShouldBe([$"已过期 {tag}"]);
    }

    [Fact]
    public async Task The_deadline_day_takes_applications_until_its_end_in_Beijing()
    {
        var closes = client.ClosesAt(1);
        var opened = await client.OpenedAsync(client.Sample($"截止当刻 {tag}", deadlineInDays: 1));
        var demand = DemandsClient.Id(opened);
        // deadline: the last Beijing day; closesAt: the UTC instant that day ends (16:00 UTC).
        opened
            .GetProperty("deadline")
            .GetString()
            .ShouldBe(
                BeijingTime.DateOf(client.InDays(1).UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            );
        opened.GetProperty("closesAt").GetDateTime().ShouldBe(closes.UtcDateTime);
        closes.UtcDateTime.TimeOfDay.ShouldBe(TimeSpan.FromHours(16));
        host.Clock.Advance(client.UntilClose(1) - TimeSpan.FromSeconds(1));
        (await client.ApplyAsync(demand, DemandSamples.Application())).StatusCode.ShouldBe(HttpStatusCode.Created);

        host.Clock.Advance(TimeSpan.FromSeconds(1));

        await (await client.ApplyAsync(demand, DemandSamples.Application("南开大学"))).ShouldBeProblemAsync(
            HttpStatusCode.Conflict
        );
        DemandsClient.Status(await client.GetAsync($"/api/demands/{demand}")).ShouldBe("expired");
    }
}
