using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Contracts.Shared;
using JjjMatch.Testing;

namespace JjjMatch.Matching.Tests.Brokerage.Deals;

/// <summary>Reading deals back: each organisation its own, with filters and paging; and the API description.</summary>
public abstract class DealListTests(DealsHost host)
{
    private static readonly DateTime AcceptedAt = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    private readonly MatchSeed seed = new(host);
    private readonly HttpClient broker = host.CreateClient(TestAccounts.Intermediary);

    [Fact]
    public async Task Each_party_lists_its_own_deals_with_filters_and_paging()
    {
        var university = TestAccounts.New(Roles.University);
        var outsider = TestAccounts.New(Roles.Enterprise);
        foreach (
            var (type, seller, buyer, signed) in new[]
            {
                ("licence", Province.Beijing, Province.Hebei, "2026-11-21"),
                ("development", Province.Beijing, Province.Tianjin, "2026-11-22"),
                ("service", Province.Tianjin, Province.Hebei, "2026-11-23"),
            }
        )
        {
            var match = await seed.AcceptedAsync(
                TestAccounts.Intermediary,
                MatchSeed.Achievement(university.OrganisationId, seller),
                MatchSeed.Demand(Guid.CreateVersion7(), buyer),
                AcceptedAt
            );
            await broker.RecordedAsync(
                match,
                DealClient.Body(b =>
                {
                    b["contractType"] = type;
                    b["signedOn"] = signed;
                })
            );
        }

        var mine = host.CreateClient(university);
        (await TotalAsync(mine, "")).ShouldBe(3);
        (await TotalAsync(mine, "?type=licence")).ShouldBe(1);
        (await TotalAsync(mine, "?sellerProvince=beijing&buyerProvince=tianjin")).ShouldBe(1);
        (await TotalAsync(mine, "?from=2026-11-22&to=2026-11-22")).ShouldBe(1);
        (await TotalAsync(mine, "?from=2026-11-22")).ShouldBe(2);
        var page = await mine.GetFromJsonAsync<JsonElement>("/api/deals?pageSize=2&page=1");
        page.GetProperty("items")
            .EnumerateArray()
            .Select(d => d.GetProperty("signedOn").GetString())
            .ShouldBe(["2026-11-23", "2026-11-22"]);
        (await TotalAsync(host.CreateClient(outsider), "")).ShouldBe(0);
    }

    [Theory]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2026-11-02&to=2026-11-01", "from")]
    [InlineData("type=sale", "type")]
    [InlineData("sellerProvince=mars", "sellerProvince")]
    [InlineData("buyerProvince=shanghai", "buyerProvince")]
    [InlineData("page=0", "page")]
    public async Task Bad_list_parameters_are_named(string query, string field)
    {
        await (await broker.GetAsync($"/api/deals?{query}")).ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task The_API_description_lists_the_deal_and_statistics_endpoints()
    {
        var openApi = await host.CreateClient().GetStringAsync("/swagger/v1/swagger.json");

        foreach (
            var path in new[]
            {
                "/api/matches/{id}/deals",
                "/api/deals/{id}",
                "/api/deals/export",
                "/api/stats/funnel",
                "/api/stats/contract-value",
            }
        )
        {
            openApi.ShouldContain($"\"{path}\"");
        }
    }

    private static async Task<int> TotalAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/deals{query}")).GetProperty("total").GetInt32();
}
