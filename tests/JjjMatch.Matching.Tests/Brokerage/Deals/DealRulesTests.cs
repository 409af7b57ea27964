using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Contracts.Matching;
using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;

namespace JjjMatch.Matching.Tests.Brokerage.Deals;

/// <summary>
/// Recording a deal through the real host: who may, on which matches, with which input; nothing stored when refused.
/// </summary>
public abstract class DealRulesTests(DealsHost host)
{
    /// <summary>10:00 on 20 November 2026 in Beijing.</summary>
    private static readonly DateTime AcceptedAt = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    private readonly MatchSeed seed = new(host);
    private readonly HttpClient broker = host.CreateClient(TestAccounts.Intermediary);

    [Fact]
    public async Task The_accepting_broker_records_a_deal_with_the_parties_taken_from_the_listings()
    {
        var (university, enterprise, match) = await AcceptedMatchAsync();

        var response = await broker.RecordAsync(match, DealClient.Body());

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var deal = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = deal.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/deals/{id}");
        deal.GetProperty("matchId").GetGuid().ShouldBe(match);
        deal.GetProperty("contractType").GetString().ShouldBe("licence");
        deal.GetProperty("contractTypeName").GetString().ShouldBe("技术许可");
        deal.GetProperty("amount").GetDecimal().ShouldBe(1200000.50m);
        deal.GetProperty("technologyAmount").GetDecimal().ShouldBe(1000000m);
        deal.GetProperty("signedOn").GetString().ShouldBe("2026-11-25");
        deal.GetProperty("seller").GetProperty("name").GetString().ShouldBe("北京理工大学");
        deal.GetProperty("seller").GetProperty("province").GetString().ShouldBe("beijing");
        deal.GetProperty("seller").GetProperty("provinceName").GetString().ShouldBe("北京");
        deal.GetProperty("buyer").GetProperty("name").GetString().ShouldBe("唐山钢铁集团有限责任公司");
        deal.GetProperty("buyer").GetProperty("province").GetString().ShouldBe("hebei");
        deal.GetProperty("industry").GetString().ShouldBe("电子信息-人工智能");
        deal.GetProperty("technologyField").GetString().ShouldBe("人工智能");
        deal.GetProperty("brokerOrganisationId").GetGuid().ShouldBe(TestAccounts.Intermediary.OrganisationId);
        deal.GetProperty("brokerName").GetString().ShouldBe(TestAccounts.Intermediary.OrganisationName);

        var stored = (await host.DealsOfAsync(match)).ShouldHaveSingleItem();
        stored.Amount.ShouldBe(1200000.50m);
        stored.SellerOrganisationId.ShouldBe(university.OrganisationId);
        stored.BuyerOrganisationId.ShouldBe(enterprise.OrganisationId);
        var recorded = (await host.OutboxEventsAsync<MatchingDbContext>())
            .OfType<DealRecorded>()
            .Single(e => e.DealId == id);
        recorded.ShouldBe(
            recorded with
            {
                MatchId = match,
                ContractType = "licence",
                Amount = 1200000.50m,
                TechnologyAmount = 1000000m,
                SignedOn = new DateOnly(2026, 11, 25),
                SellerProvince = "beijing",
                BuyerProvince = "hebei",
                BrokerOrganisationId = TestAccounts.Intermediary.OrganisationId,
            }
        );

        foreach (var reader in new[] { university, enterprise, TestAccounts.Intermediary, TestAccounts.Operator })
        {
            (await host.CreateClient(reader).GetAsync($"/api/deals/{id}")).StatusCode.ShouldBe(
                HttpStatusCode.OK,
                reader.Role
            );
        }

        foreach (
            var stranger in new[]
            {
                TestAccounts.New(Roles.University),
                TestAccounts.New(Roles.Enterprise),
                TestAccounts.New(Roles.Intermediary),
            }
        )
        {
            await (await host.CreateClient(stranger).GetAsync($"/api/deals/{id}")).ShouldBeProblemAsync(
                HttpStatusCode.NotFound
            );
        }
    }

    [Fact]
    public async Task The_operator_records_a_deal_for_the_broker_that_made_the_introduction()
    {
        var (_, _, match) = await AcceptedMatchAsync();

        var deal = await host.CreateClient(TestAccounts.Operator).RecordedAsync(match, DealClient.Body());

        deal.GetProperty("brokerOrganisationId").GetGuid().ShouldBe(TestAccounts.Intermediary.OrganisationId);
        deal.GetProperty("brokerName").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Another_broker_organisation_and_the_posters_may_not_record_it()
    {
        var (university, enterprise, match) = await AcceptedMatchAsync();

        await (
            await host.CreateClient(TestAccounts.New(Roles.Intermediary)).RecordAsync(match, DealClient.Body())
        ).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await host.CreateClient(university).RecordAsync(match, DealClient.Body())).ShouldBeProblemAsync(
            HttpStatusCode.Forbidden
        );
        await (await host.CreateClient(enterprise).RecordAsync(match, DealClient.Body())).ShouldBeProblemAsync(
            HttpStatusCode.Forbidden
        );
        (await host.CreateClient().RecordAsync(match, DealClient.Body())).StatusCode.ShouldBe(
            HttpStatusCode.Unauthorized
        );

        (await host.DealsOfAsync(match)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("suggested")]
    [InlineData("claimed")]
    [InlineData("rejected")]
    public async Task A_match_that_is_not_accepted_takes_no_deal(string state)
    {
        var match = await seed.SuggestAsync(
            MatchSeed.Achievement(Guid.CreateVersion7()),
            MatchSeed.Demand(Guid.CreateVersion7()),
            AcceptedAt.AddHours(-3)
        );
        if (state != "suggested")
        {
            await seed.ClaimAsync(match, TestAccounts.Intermediary, AcceptedAt.AddHours(-2));
        }

        if (state == "rejected")
        {
            await seed.RejectAsync(match, TestAccounts.Intermediary, AcceptedAt);
        }

        await (await broker.RecordAsync(match, DealClient.Body())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (
            await host.CreateClient(TestAccounts.Operator).RecordAsync(match, DealClient.Body())
        ).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await host.DealsOfAsync(match)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_second_deal_on_the_same_match_is_a_conflict()
    {
        var (_, _, match) = await AcceptedMatchAsync();
        await broker.RecordedAsync(match, DealClient.Body());

        await (
            await broker.RecordAsync(match, DealClient.Body(b => b["contractNumber"] = "another"))
        ).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        (await host.DealsOfAsync(match)).ShouldHaveSingleItem().ContractNumber.ShouldBe("2026110100012");
    }

    [Fact]
    public async Task An_unknown_match_is_a_404()
    {
        await (await broker.RecordAsync(Guid.CreateVersion7(), DealClient.Body())).ShouldBeProblemAsync(
            HttpStatusCode.NotFound
        );
    }

    [Theory]
    [InlineData("contractType", "\"sale\"")]
    [InlineData("contractType", "null")]
    [InlineData("amount", "0")]
    [InlineData("amount", "-100")]
    [InlineData("amount", "100.001")]
    [InlineData("amount", "null")]
    [InlineData("amount", "1000000000001")]
    [InlineData("technologyAmount", "1300000")]
    [InlineData("technologyAmount", "0")]
    [InlineData("signedOn", "\"2026-12-02\"")]
    [InlineData("signedOn", "\"2026-11-19\"")]
    [InlineData("signedOn", "\"2026-13-01\"")]
    [InlineData("signedOn", "null")]
    [InlineData("seller", "{\"province\":\"mars\"}")]
    [InlineData("buyer", "{\"name\":\"x\"}")]
    [InlineData("contractNumber", "\"012345678901234567890123456789012345678901234567890\"")]
    [InlineData("title", "\"合\"")]
    public async Task Bad_input_is_a_400_naming_the_field_and_stores_nothing(string field, string json)
    {
        var (_, _, match) = await AcceptedMatchAsync();
        var body = DealClient.Body(b => b[field] = JsonNode.Parse(json));

        var response = await broker.RecordAsync(match, body);

        var named = field switch
        {
            "seller" => "seller.province",
            "buyer" => "buyer.name",
            _ => field,
        };
        await response.ShouldBeValidationProblemAsync(named);
        (await host.DealsOfAsync(match)).ShouldBeEmpty();
        (await host.OutboxEventsAsync<MatchingDbContext>())
            .OfType<DealRecorded>()
            .ShouldNotContain(e => e.MatchId == match);
    }

    [Fact]
    public async Task The_signing_date_is_a_Beijing_date_not_a_UTC_one()
    {
        // 01:00 on 20 November in Beijing is still 19 November in UTC.
        var match = await seed.AcceptedAsync(
            TestAccounts.Intermediary,
            MatchSeed.Achievement(Guid.CreateVersion7()),
            MatchSeed.Demand(Guid.CreateVersion7()),
            new DateTime(2026, 11, 19, 17, 0, 0, DateTimeKind.Utc)
        );

        await (
            await broker.RecordAsync(match, DealClient.Body(b => b["signedOn"] = "2026-11-19"))
        ).ShouldBeValidationProblemAsync("signedOn");
        (await broker.RecordedAsync(match, DealClient.Body(b => b["signedOn"] = "2026-11-20")))
            .GetProperty("signedOn")
            .GetString()
            .ShouldBe("2026-11-20");
        // Today in Beijing (the host's clock says 12:00 on 1 December) is not the future.
        var today = await seed.AcceptedAsync(
            TestAccounts.Intermediary,
            MatchSeed.Achievement(Guid.CreateVersion7()),
            MatchSeed.Demand(Guid.CreateVersion7()),
            AcceptedAt
        );
        (await broker.RecordedAsync(today, DealClient.Body(b => b["signedOn"] = "2026-12-01")))
            .GetProperty("signedOn")
            .GetString()
            .ShouldBe("2026-12-01");
    }

    [Fact]
    public async Task An_anonymous_enterprise_must_be_named_by_whoever_records_the_deal()
    {
        var demand = MatchSeed.Demand(Guid.CreateVersion7(), anonymous: true);
        var match = await seed.AcceptedAsync(
            TestAccounts.Intermediary,
            MatchSeed.Achievement(Guid.CreateVersion7()),
            demand,
            AcceptedAt
        );

        await (await broker.RecordAsync(match, DealClient.Body())).ShouldBeValidationProblemAsync("buyer.name");
        (await host.DealsOfAsync(match)).ShouldBeEmpty();

        var deal = await broker.RecordedAsync(
            match,
            DealClient.Body(b => b["buyer"] = new JsonObject { ["name"] = "保定某新材料有限公司" })
        );
        deal.GetProperty("buyer").GetProperty("name").GetString().ShouldBe("保定某新材料有限公司");
        deal.GetProperty("buyer").GetProperty("province").GetString().ShouldBe("hebei");
    }

    [Fact]
    public async Task Given_parties_and_a_Chinese_contract_type_are_taken_as_written()
    {
        var (_, _, match) = await AcceptedMatchAsync();

        var deal = await broker.RecordedAsync(
            match,
            DealClient.Body(b =>
            {
                b["contractType"] = "技术开发";
                b["technologyAmount"] = null;
                b["seller"] = new JsonObject { ["name"] = "北京理工大学唐山研究院", ["province"] = "hebei" };
            })
        );

        deal.GetProperty("contractType").GetString().ShouldBe("development");
        deal.GetProperty("technologyAmount").GetDecimal().ShouldBe(1200000.50m);
        deal.GetProperty("seller").GetProperty("name").GetString().ShouldBe("北京理工大学唐山研究院");
        deal.GetProperty("seller").GetProperty("province").GetString().ShouldBe("hebei");
    }

    [Fact]
    public async Task A_deal_between_an_organisation_and_itself_is_a_409_and_nothing_is_stored()
    {
        // Accepted before the rule that one organisation is never introduced to itself.
        var organisation = TestAccounts.New(Roles.University);
        var match = await seed.AcceptedAsync(
            TestAccounts.Intermediary,
            MatchSeed.Achievement(organisation.OrganisationId),
            MatchSeed.Demand(organisation.OrganisationId),
            AcceptedAt
        );

        await (await broker.RecordAsync(match, DealClient.Body())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (
            await host.CreateClient(TestAccounts.Operator).RecordAsync(match, DealClient.Body())
        ).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        (await host.DealsOfAsync(match)).ShouldBeEmpty();
    }

    private async Task<(Account University, Account Enterprise, Guid Match)> AcceptedMatchAsync()
    {
        var university = TestAccounts.New(Roles.University);
        var enterprise = TestAccounts.New(Roles.Enterprise);
        var match = await seed.AcceptedAsync(
            TestAccounts.Intermediary,
            MatchSeed.Achievement(university.OrganisationId),
            MatchSeed.Demand(enterprise.OrganisationId),
            AcceptedAt
        );
        return (university, enterprise, match);
    }
}
