using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.Contracts.Demands;
using JjjMatch.Contracts.Shared;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Demands.Tests.Api;

/// <summary>The demand lifecycle through the real host; run once per database provider.</summary>
public abstract class DemandsApiTests(DemandsHost host)
{
    private readonly DemandsClient client = new(host);

    [Fact]
    public async Task Creating_a_draft_returns_it_without_the_contact()
    {
        var response = await client.CreateAsync(client.Sample());

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var raw = await response.Content.ReadAsStringAsync();
        var created = JsonDocument.Parse(raw).RootElement;
        DemandsClient.Status(created).ShouldBe("draft");
        created.GetProperty("title").GetString().ShouldBe("高炉煤气余热回收利用技术攻关");
        created.GetProperty("enterpriseName").GetString().ShouldBe(DemandSamples.EnterpriseName);
        created
            .GetProperty("cooperationModes")
            .EnumerateArray()
            .Select(m => m.GetString())
            .ShouldBe(["jointDevelopment", "technicalService"]);
        created.GetProperty("bounty").GetProperty("max").GetDecimal().ShouldBe(3000000m);
        created.GetProperty("version").GetInt32().ShouldBe(1);
        response.Headers.Location!.ToString().ShouldBe($"/api/demands/{DemandsClient.Id(created)}");
        raw.ShouldNotContain(DemandSamples.ContactName);
        raw.ShouldNotContain(DemandSamples.ContactPhone);
        raw.ShouldNotContain(DemandSamples.ContactEmail);
        (await client.StoredAsync(DemandsClient.Id(created))).Contact.Phone.ShouldBe(DemandSamples.ContactPhone);
    }

    [Fact]
    public async Task An_anonymous_demand_never_shows_the_enterprise_name_in_public()
    {
        var tag = "t" + Guid.NewGuid().ToString("N")[..10];
        var opened = await client.OpenedAsync(client.Sample($"匿名需求 {tag}").With(b => b["anonymous"] = true));
        var id = DemandsClient.Id(opened);

        var single = await client.Http.GetStringAsync($"/api/demands/{id}");
        var listed = await client.Http.GetStringAsync($"/api/demands?text={tag}");

        opened.GetProperty("enterpriseName").ValueKind.ShouldBe(JsonValueKind.Null);
        opened.GetProperty("anonymous").GetBoolean().ShouldBeTrue();
        single.ShouldNotContain(DemandSamples.EnterpriseName);
        listed.ShouldContain(tag);
        listed.ShouldNotContain(DemandSamples.EnterpriseName);
        (await client.ListAsync($"text={Uri.EscapeDataString(DemandSamples.EnterpriseName)}+{tag}"))
            .GetProperty("total")
            .GetInt32()
            .ShouldBe(0);
        var snapshot = (await client.OutboxEventsAsync()).OfType<DemandOpened>().Single(e => e.Demand.Id == id).Demand;
        snapshot.Anonymous.ShouldBeTrue();
        snapshot.EnterpriseName.ShouldBeNull();
        (await client.StoredAsync(id)).EnterpriseName.ShouldBe(DemandSamples.EnterpriseName);
    }

    [Fact]
    public async Task Opening_writes_the_full_snapshot_to_the_outbox_in_the_same_save()
    {
        var deadline = client.InDays(45);
        var closes = client.ClosesAt(45);
        var opened = await client.OpenedAsync(DemandSamples.Valid(deadline, "烧结烟气超低排放脱硝技术需求"));
        var id = DemandsClient.Id(opened);

        DemandsClient.Status(opened).ShouldBe("open");
        opened.GetProperty("openedAt").GetDateTime().ShouldBe(host.Clock.GetUtcNow().UtcDateTime);
        var snapshot = (await client.OutboxEventsAsync()).OfType<DemandOpened>().Single(e => e.Demand.Id == id).Demand;
        snapshot.Title.ShouldBe("烧结烟气超低排放脱硝技术需求");
        snapshot.Industry.ShouldBe("钢铁-节能减排");
        snapshot.MinimumMaturity.ShouldBe(new Maturity(Maturity.Trl, 6));
        snapshot.Bounty.ShouldBe(new PriceRange(1000000m, 3000000m));
        // Events carry the instant the list closes: the end of its deadline day in Beijing.
        snapshot.Deadline.ShouldBe(closes);
        snapshot.Region.ShouldBe(new Region(Province.Hebei, "唐山"));
        snapshot.CooperationModes.ShouldBe(CooperationModes.JointDevelopment | CooperationModes.TechnicalService);
        snapshot.EnterpriseName.ShouldBe(DemandSamples.EnterpriseName);
        snapshot.Status.ShouldBe("Open");
    }

    [Fact]
    public async Task Every_event_of_a_demand_carries_the_version_it_left_the_demand_at()
    {
        var opened = await client.OpenedAsync(client.Sample("版本号随事件发出的需求"));
        var id = DemandsClient.Id(opened);
        var updated = await client.Http.PutAsJsonAsync($"/api/demands/{id}", client.Sample("改过一次的需求"));
        var closed = await client.PostOkAsync($"/api/demands/{id}/close");

        var events = await client.OutboxEventsAsync();
        var versions = new[]
        {
            events.OfType<DemandOpened>().Single(e => e.Demand.Id == id).Demand.Version,
            events.OfType<DemandUpdated>().Single(e => e.Demand.Id == id).Demand.Version,
            events.OfType<DemandClosed>().Single(e => e.DemandId == id).Demand!.Version,
        };
        versions.ShouldBe([
            opened.GetProperty("version").GetInt32(),
            (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32(),
            closed.GetProperty("version").GetInt32(),
        ]);
        versions.ShouldBeInOrder(SortDirection.Ascending);
        var leaving = events.OfType<DemandClosed>().Single(e => e.DemandId == id).Demand!;
        leaving.Status.ShouldBe("Closed");
        leaving.Title.ShouldBe("改过一次的需求");
    }

    [Fact]
    public async Task Updating_an_open_demand_reports_the_new_snapshot_and_a_draft_reports_nothing()
    {
        var draft = DemandsClient.Id(await client.CreatedAsync(client.Sample()));
        var open = DemandsClient.Id(await client.OpenedAsync(client.Sample()));

        var draftUpdate = await client.Http.PutAsJsonAsync($"/api/demands/{draft}", client.Sample("草稿改标题"));
        var openUpdate = await client.Http.PutAsJsonAsync(
            $"/api/demands/{open}",
            client.Sample("延长截止时间的需求", deadlineInDays: 90).With(b => b["minimumMaturity"] = null)
        );

        draftUpdate.StatusCode.ShouldBe(HttpStatusCode.OK, await draftUpdate.Content.ReadAsStringAsync());
        openUpdate.StatusCode.ShouldBe(HttpStatusCode.OK, await openUpdate.Content.ReadAsStringAsync());
        var updates = (await client.OutboxEventsAsync()).OfType<DemandUpdated>().ToList();
        updates.ShouldNotContain(e => e.Demand.Id == draft);
        var snapshot = updates.Single(e => e.Demand.Id == open).Demand;
        snapshot.Title.ShouldBe("延长截止时间的需求");
        snapshot.MinimumMaturity.ShouldBeNull();
        snapshot.Deadline.ShouldBe(client.ClosesAt(90));
    }

    [Fact]
    public async Task Opening_a_draft_whose_deadline_has_passed_is_a_400_naming_the_deadline()
    {
        var id = DemandsClient.Id(await client.CreatedAsync(client.Sample(deadlineInDays: 1)));
        host.Clock.Advance(TimeSpan.FromDays(2));

        var response = await client.PostAsync($"/api/demands/{id}/open");

        await response.ShouldBeValidationProblemAsync("deadline");
        (await client.StoredAsync(id)).Status.ShouldBe(DemandStatus.Draft);
        (await client.OutboxEventsAsync()).OfType<DemandOpened>().ShouldNotContain(e => e.Demand.Id == id);
    }

    [Fact]
    public async Task The_lifecycle_runs_forward_only()
    {
        var id = DemandsClient.Id(await client.CreatedAsync(client.Sample()));

        await (await client.PostAsync($"/api/demands/{id}/close")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await client.PostAsync($"/api/demands/{id}/open")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await client.PostAsync($"/api/demands/{id}/open")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var closed = await client.PostOkAsync($"/api/demands/{id}/close");
        await (await client.PostAsync($"/api/demands/{id}/close")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await client.PostAsync($"/api/demands/{id}/open")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await client.Http.PutAsJsonAsync($"/api/demands/{id}", client.Sample())).ShouldBeProblemAsync(
            HttpStatusCode.Conflict
        );

        DemandsClient.Status(closed).ShouldBe("closed");
        (await client.OutboxEventsAsync())
            .OfType<DemandClosed>()
            .Where(e => e.DemandId == id)
            .Select(e => e.Reason)
            .ShouldBe([DemandCloseReason.Closed]);
    }

    [Fact]
    public async Task Closing_an_awarded_demand_finishes_it_without_a_second_closed_event()
    {
        var id = DemandsClient.Id(await client.OpenedAsync(client.Sample()));
        var application = DemandsClient.Id(await client.AppliedAsync(id, DemandSamples.Application()));
        await client.PostOkAsync($"/api/demands/{id}/applications/{application}/award");

        var closed = await client.PostOkAsync($"/api/demands/{id}/close");

        DemandsClient.Status(closed).ShouldBe("closed");
        closed.GetProperty("awardedApplicationId").GetGuid().ShouldBe(application);
        (await client.OutboxEventsAsync())
            .OfType<DemandClosed>()
            .Where(e => e.DemandId == id)
            .Select(e => e.Reason)
            .ShouldBe([DemandCloseReason.Awarded]);
    }

    [Fact]
    public async Task An_update_based_on_a_stale_version_is_refused()
    {
        var created = await client.CreatedAsync(client.Sample());
        var id = DemandsClient.Id(created);
        var version = created.GetProperty("version").GetInt32();
        (await client.Http.PutAsJsonAsync($"/api/demands/{id}", client.Sample("第一次修改"))).EnsureSuccessStatusCode();

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/demands/{id}")
        {
            Content = JsonContent.Create(client.Sample("第二次修改")),
        };
        stale.Headers.IfMatch.Add(new($"\"{version}\""));
        var response = await client.Http.SendAsync(stale);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await client.StoredAsync(id)).Title.ShouldBe("第一次修改");
    }

    [Fact]
    public async Task Two_writers_of_the_same_version_cannot_both_win()
    {
        var id = DemandsClient.Id(await client.CreatedAsync(client.Sample()));
        await using var first = host.Services.CreateAsyncScope();
        await using var second = host.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<DemandsDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<DemandsDbContext>();
        var mine = await firstDb.Demands.SingleAsync(d => d.Id == id);
        var theirs = await secondDb.Demands.SingleAsync(d => d.Id == id);
        var now = host.Clock.GetUtcNow().UtcDateTime;

        mine.Open(now);
        await firstDb.SaveChangesAsync();
        theirs.Open(now);

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync());
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "/open")]
    [InlineData("POST", "/close")]
    [InlineData("GET", "/applications")]
    public async Task An_unknown_demand_is_a_404_problem(string method, string path)
    {
        var response = await client.Http.SendAsync(
            new HttpRequestMessage(new HttpMethod(method), $"/api/demands/{Guid.NewGuid()}{path}")
        );

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_demand_endpoints()
    {
        var openApi = await client.Http.GetStringAsync("/swagger/v1/swagger.json");

        openApi.ShouldContain("/api/demands/{id}/open");
        openApi.ShouldContain("/api/demands/{id}/applications/{applicationId}/award");
        openApi.ShouldContain("/api/demands/{id}/applications/{applicationId}/withdraw");
    }
}
