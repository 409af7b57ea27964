using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Testing;

namespace JjjMatch.Security.Tests;

/// <summary>
/// Drafts are their owner's alone (404 to others, so an id reveals nothing); /mine is the owner's view with the
/// contact.
/// </summary>
public abstract class OwnerViewTests(MarketHost host)
{
    private readonly Market market = new(host);

    [Fact]
    public async Task Someone_elses_draft_does_not_exist_for_the_caller()
    {
        var university = TestAccounts.New(Roles.University);
        var enterprise = TestAccounts.New(Roles.Enterprise);
        var achievement = await market.DraftAchievementAsync(university);
        var demand = await market.DraftDemandAsync(enterprise);

        foreach (
            var other in new[]
            {
                market.Anonymous,
                market.As(TestAccounts.New(Roles.University)),
                market.As(TestAccounts.Intermediary),
            }
        )
        {
            await (await other.GetAsync($"/api/achievements/{achievement}")).ShouldBeProblemAsync(
                HttpStatusCode.NotFound
            );
            await (await other.GetAsync($"/api/demands/{demand}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            Ids(await other.GetFromJsonAsync<JsonElement>("/api/achievements?status=draft&pageSize=100"))
                .ShouldNotContain(achievement);
            Ids(await other.GetFromJsonAsync<JsonElement>("/api/demands?status=draft&pageSize=100"))
                .ShouldNotContain(demand);
        }

        await (
            await market
                .As(TestAccounts.New(Roles.University))
                .PostAsJsonAsync($"/api/demands/{demand}/applications", DemandSamples.Application())
        ).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await market.As(university).GetAsync($"/api/achievements/{achievement}")).StatusCode.ShouldBe(
            HttpStatusCode.OK
        );
        (await market.As(enterprise).GetAsync($"/api/demands/{demand}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        Ids(await market.As(university).GetFromJsonAsync<JsonElement>("/api/achievements?status=draft"))
            .ShouldBe([achievement]);
        Ids(await market.As(enterprise).GetFromJsonAsync<JsonElement>("/api/demands?status=draft")).ShouldBe([demand]);
    }

    [Fact]
    public async Task The_owner_sees_its_own_listings_with_their_contacts_and_no_one_elses()
    {
        var enterprise = TestAccounts.New(Roles.Enterprise);
        var mine = await market.OpenDemandAsync(
            enterprise,
            DemandSamples.Valid(Market.Deadline).With(b => b["anonymous"] = true)
        );
        await market.OpenDemandAsync(TestAccounts.New(Roles.Enterprise));

        var page = await market.As(enterprise).GetFromJsonAsync<JsonElement>("/api/demands/mine");

        var only = page.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        only.GetProperty("demand").GetProperty("id").GetGuid().ShouldBe(mine);
        only.GetProperty("demand").GetProperty("enterpriseName").ValueKind.ShouldBe(JsonValueKind.Null);
        only.GetProperty("enterpriseName").GetString().ShouldBe(DemandSamples.EnterpriseName);
        only.GetProperty("contact").GetProperty("phone").GetString().ShouldBe(DemandSamples.ContactPhone);
    }

    [Fact]
    public async Task An_applicant_sees_its_own_application_and_not_the_others()
    {
        var demand = await market.OpenDemandAsync(TestAccounts.New(Roles.Enterprise));
        var first = TestAccounts.New(Roles.University);
        var second = TestAccounts.New(Roles.University);
        var firstApplication = await market.ApplicationAsync(demand, first, "燕山大学");
        var secondApplication = await market.ApplicationAsync(demand, second, "河北工业大学");

        (await market.As(first).GetAsync($"/api/demands/{demand}/applications/{firstApplication}")).StatusCode.ShouldBe(
            HttpStatusCode.OK
        );
        await (
            await market.As(first).GetAsync($"/api/demands/{demand}/applications/{secondApplication}")
        ).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await market.As(first).GetAsync($"/api/demands/{demand}/applications")).ShouldBeProblemAsync(
            HttpStatusCode.Forbidden
        );
    }

    private static List<Guid> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
}

public sealed class OwnerViewOnSqlite(SqliteMarket host) : OwnerViewTests(host), IClassFixture<SqliteMarket>;

public sealed class OwnerViewOnPostgreSql(PostgreSqlMarket host)
    : OwnerViewTests(host),
        IClassFixture<PostgreSqlMarket>;
