using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.Contracts.Demands;
using JjjMatch.Demands.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Tests.Api;

/// <summary>Applying (揭榜), withdrawing and awarding through the real host; run once per database provider.</summary>
public abstract class ApplicationsApiTests(DemandsHost host)
{
    private readonly DemandsClient client = new(host);

    [Fact]
    public async Task Applying_to_an_open_demand_records_the_proposal_and_reports_it()
    {
        var demand = DemandsClient.Id(await client.OpenedAsync(client.Sample()));

        var response = await client.ApplyAsync(demand, DemandSamples.Application("  燕山大学 "));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var application = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var id = DemandsClient.Id(application);
        response.Headers.Location!.ToString().ShouldBe($"/api/demands/{demand}/applications/{id}");
        var fetched = await client.GetAsync($"/api/demands/{demand}/applications/{id}");
        DemandsClient.Status(fetched).ShouldBe("submitted");
        fetched.GetProperty("applicantOrganisation").GetString().ShouldBe("燕山大学");
        fetched.GetProperty("price").GetDecimal().ShouldBe(2000000m);
        fetched.GetProperty("milestones")[1].GetProperty("title").GetString().ShouldBe("工业示范");
        fetched.GetProperty("milestones")[1].GetProperty("month").GetInt32().ShouldBe(12);
        (await client.GetAsync($"/api/demands/{demand}")).GetProperty("applicationCount").GetInt32().ShouldBe(1);
        var submitted = (await client.OutboxEventsAsync())
            .OfType<ApplicationSubmitted>()
            .Single(e => e.DemandId == demand);
        submitted.ApplicationId.ShouldBe(id);
        submitted.ApplicantOrganisation.ShouldBe("燕山大学");
    }

    [Theory]
    [InlineData("Tianjin University", "Tianjin University")]
    [InlineData("Tianjin University", "  tianjin UNIVERSITY ")]
    [InlineData("天津大学", " 天津大学")]
    public async Task A_second_live_application_of_the_same_organisation_is_a_409(string first, string second)
    {
        var demand = DemandsClient.Id(await client.OpenedAsync(client.Sample()));
        await client.AppliedAsync(demand, DemandSamples.Application(first));

        var response = await client.ApplyAsync(demand, DemandSamples.Application(second));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await ApplicationCountAsync(demand)).ShouldBe(1);
        (await client.OutboxEventsAsync()).OfType<ApplicationSubmitted>().Count(e => e.DemandId == demand).ShouldBe(1);
    }

    [Fact]
    public async Task An_enterprise_cannot_apply_to_its_own_open_list_so_it_cannot_award_itself()
    {
        var demand = DemandsClient.Id(await client.OpenedAsync(client.Sample()));

        var response = await client.Http.PostAsJsonAsync(
            $"/api/demands/{demand}/applications",
            DemandSamples.Application("唐山钢铁集团有限责任公司")
        );

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await ApplicationCountAsync(demand)).ShouldBe(0);
        (await client.OutboxEventsAsync()).OfType<ApplicationSubmitted>().ShouldNotContain(e => e.DemandId == demand);
        DemandsClient.Status(await client.GetAsync($"/api/demands/{demand}")).ShouldBe("open");
    }

    [Fact]
    public async Task A_withdrawn_application_frees_its_organisation_to_apply_again()
    {
        var demand = DemandsClient.Id(await client.OpenedAsync(client.Sample()));
        var first = DemandsClient.Id(await client.AppliedAsync(demand, DemandSamples.Application()));

        var withdrawn = await client.ApplicantPostOkAsync($"/api/demands/{demand}/applications/{first}/withdraw");
        var again = await client.ApplyAsync(demand, DemandSamples.Application());

        DemandsClient.Status(withdrawn).ShouldBe("withdrawn");
        again.StatusCode.ShouldBe(HttpStatusCode.Created, await again.Content.ReadAsStringAsync());
        await (
            await client.ApplicantPostAsync($"/api/demands/{demand}/applications/{first}/withdraw")
        ).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await client.PostAsync($"/api/demands/{demand}/applications/{first}/award")).ShouldBeProblemAsync(
            HttpStatusCode.Conflict
        );
        (await ApplicationCountAsync(demand)).ShouldBe(2);
    }

    [Fact]
    public async Task Awarding_declines_the_other_live_applications_and_takes_the_demand_off_the_market()
    {
        var tag = "t" + Guid.NewGuid().ToString("N")[..10];
        var demand = DemandsClient.Id(await client.OpenedAsync(client.Sample($"钢渣资源化利用 {tag}")));
        var yanshan = DemandsClient.Id(await client.AppliedAsync(demand, DemandSamples.Application("燕山大学")));
        var tianjin = DemandsClient.Id(await client.AppliedAsync(demand, DemandSamples.Application("天津大学")));
        var hebut = DemandsClient.Id(await client.AppliedAsync(demand, DemandSamples.Application("河北工业大学")));
        await client.ApplicantPostOkAsync($"/api/demands/{demand}/applications/{hebut}/withdraw");

        var awarded = await client.PostOkAsync($"/api/demands/{demand}/applications/{tianjin}/award");

        DemandsClient.Status(awarded).ShouldBe("awarded");
        awarded.GetProperty("awardedApplicationId").GetGuid().ShouldBe(tianjin);
        (await StatusOfAsync(demand, yanshan)).ShouldBe("declined");
        (await StatusOfAsync(demand, tianjin)).ShouldBe("awarded");
        (await StatusOfAsync(demand, hebut)).ShouldBe("withdrawn");
        var events = await client.OutboxEventsAsync();
        var award = events.OfType<DemandAwarded>().Single(e => e.DemandId == demand);
        award.ApplicationId.ShouldBe(tianjin);
        award.ApplicantOrganisation.ShouldBe("天津大学");
        events.OfType<DemandClosed>().Single(e => e.DemandId == demand).Reason.ShouldBe(DemandCloseReason.Awarded);
        await (await client.PostAsync($"/api/demands/{demand}/applications/{yanshan}/award")).ShouldBeProblemAsync(
            HttpStatusCode.Conflict
        );
        (await client.ListAsync($"text={tag}")).GetProperty("total").GetInt32().ShouldBe(0);
        DemandsClient.Titles(await client.ListAsync($"text={tag}&status=awarded")).ShouldBe([$"钢渣资源化利用 {tag}"]);
    }

    [Fact]
    public async Task Only_an_open_demand_takes_applications()
    {
        var draft = DemandsClient.Id(await client.CreatedAsync(client.Sample()));
        var closed = DemandsClient.Id(await client.OpenedAsync(client.Sample()));
        await client.PostOkAsync($"/api/demands/{closed}/close");
        var awarded = DemandsClient.Id(await client.OpenedAsync(client.Sample()));
        var application = DemandsClient.Id(await client.AppliedAsync(awarded, DemandSamples.Application()));
        await client.PostOkAsync($"/api/demands/{awarded}/applications/{application}/award");

        // Someone else's draft does not exist for the applicant; a closed or awarded demand is there but not open.
        await (await client.ApplyAsync(draft, DemandSamples.Application("南开大学"))).ShouldBeProblemAsync(
            HttpStatusCode.NotFound
        );
        foreach (var demand in new[] { closed, awarded })
        {
            await (await client.ApplyAsync(demand, DemandSamples.Application("南开大学"))).ShouldBeProblemAsync(
                HttpStatusCode.Conflict
            );
        }

        (await ApplicationCountAsync(draft)).ShouldBe(0);
        (await ApplicationCountAsync(closed)).ShouldBe(0);
        (await ApplicationCountAsync(awarded)).ShouldBe(1);
    }

    [Fact]
    public async Task Closing_an_open_demand_declines_its_live_applications()
    {
        var demand = DemandsClient.Id(await client.OpenedAsync(client.Sample()));
        var application = DemandsClient.Id(await client.AppliedAsync(demand, DemandSamples.Application()));

        await client.PostOkAsync($"/api/demands/{demand}/close");

        (await StatusOfAsync(demand, application)).ShouldBe("declined");
    }

    [Fact]
    public async Task An_application_is_found_only_under_its_own_demand()
    {
        var mine = DemandsClient.Id(await client.OpenedAsync(client.Sample()));
        var other = DemandsClient.Id(await client.OpenedAsync(client.Sample()));
        var application = DemandsClient.Id(await client.AppliedAsync(mine, DemandSamples.Application()));

        await (await client.Http.GetAsync($"/api/demands/{other}/applications/{application}")).ShouldBeProblemAsync(
            HttpStatusCode.NotFound
        );
        await (await client.PostAsync($"/api/demands/{other}/applications/{application}/award")).ShouldBeProblemAsync(
            HttpStatusCode.NotFound
        );
        await (
            await client.ApplicantPostAsync($"/api/demands/{other}/applications/{application}/withdraw")
        ).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (
            await client.PostAsync($"/api/demands/{Guid.NewGuid()}/applications/{application}/award")
        ).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await StatusOfAsync(mine, application)).ShouldBe("submitted");
        DemandsClient.Status(await client.GetAsync($"/api/demands/{other}")).ShouldBe("open");
    }

    [Fact]
    public async Task Applications_are_listed_oldest_first_in_pages_and_filtered_by_status()
    {
        var demand = DemandsClient.Id(await client.OpenedAsync(client.Sample()));
        string[] organisations = ["清华大学", "北京大学", "天津大学"];
        var ids = new List<Guid>();
        foreach (var organisation in organisations)
        {
            ids.Add(DemandsClient.Id(await client.AppliedAsync(demand, DemandSamples.Application(organisation))));
            host.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        await client.ApplicantPostOkAsync($"/api/demands/{demand}/applications/{ids[1]}/withdraw");

        var first = await client.GetAsync($"/api/demands/{demand}/applications?pageSize=2");
        var second = await client.GetAsync($"/api/demands/{demand}/applications?pageSize=2&page=2");
        var withdrawn = await client.GetAsync($"/api/demands/{demand}/applications?status=Withdrawn");

        Organisations(first).ShouldBe(["清华大学", "北京大学"]);
        Organisations(second).ShouldBe(["天津大学"]);
        first.GetProperty("total").GetInt32().ShouldBe(3);
        Organisations(withdrawn).ShouldBe(["北京大学"]);
    }

    private static IReadOnlyList<string> Organisations(JsonElement page) =>
        page.GetProperty("items")
            .EnumerateArray()
            .Select(i => i.GetProperty("applicantOrganisation").GetString()!)
            .ToList();

    private async Task<string> StatusOfAsync(Guid demand, Guid application) =>
        DemandsClient.Status(await client.GetAsync($"/api/demands/{demand}/applications/{application}"));

    private Task<int> ApplicationCountAsync(Guid demand) =>
        host.WithScopeAsync<DemandsDbContext, int>(db => db.Applications.CountAsync(a => a.DemandId == demand));
}
