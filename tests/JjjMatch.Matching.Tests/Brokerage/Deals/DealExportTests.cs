using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Contracts.Shared;
using JjjMatch.Testing;

namespace JjjMatch.Matching.Tests.Brokerage.Deals;

/// <summary>The registration export read back as a spreadsheet or a program would read it.</summary>
public abstract class DealExportTests(DealsHost host)
{
    private const string Formula = "=HYPERLINK(\"http://evil.example/\",\"点击\")";
    private const string QuotedBuyer = "天津\"海河\",智能装备有限公司";
    private static readonly DateTime AcceptedAt = new(2026, 11, 2, 2, 0, 0, DateTimeKind.Utc);

    private readonly MatchSeed seed = new(host);
    private readonly HttpClient broker = host.CreateClient(TestAccounts.Intermediary);

    [Fact]
    public async Task The_CSV_has_a_BOM_a_bilingual_header_RFC4180_quoting_and_no_formulas()
    {
        var (match, deal) = await KnownDealAsync("2026-11-05");

        var response = await broker.GetAsync("/api/deals/export?format=csv&from=2026-11-05&to=2026-11-05");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().ShouldBe("text/csv; charset=utf-8");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("jjjmatch-deals-2026-11-05-2026-11-05.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.ShouldStartWith(
            "合同编号 / Contract number,合同名称 / Contract name,合同类型 / Contract type,类型代码 / Type code,"
        );
        text.ShouldEndWith("\r\n");
        text.ShouldContain("\"天津\"\"海河\"\",智能装备有限公司\"");
        text.ShouldContain($"\"'{Formula.Replace("\"", "\"\"")}\"");

        var rows = Read(bytes);
        var row = rows.ShouldHaveSingleItem();
        row.ShouldBe(
            new Dictionary<string, string>
            {
                ["合同编号 / Contract number"] = "'-2026-0042",
                ["合同名称 / Contract name"] = "钢板表面缺陷视觉检测\r\n技术转让合同",
                ["合同类型 / Contract type"] = "技术转让",
                ["类型代码 / Type code"] = "transfer",
                ["合同金额（元） / Contract amount (CNY)"] = "1234567.80",
                ["技术交易额（元） / Technology transaction amount (CNY)"] = "1000000.00",
                ["签订日期 / Signing date"] = "2026-11-05",
                ["卖方名称 / Seller"] = "'" + Formula,
                ["卖方所在地 / Seller province"] = "北京",
                ["买方名称 / Buyer"] = QuotedBuyer,
                ["买方所在地 / Buyer province"] = "天津",
                ["技术领域 / Technology field"] = "人工智能",
                ["行业 / Industry"] = "电子信息-人工智能",
                ["匹配编号 / Match id"] = match.ToString(),
                ["成交编号 / Deal id"] = deal.ToString(),
                ["中介机构编号 / Broker organisation id"] = TestAccounts.Intermediary.OrganisationId.ToString(),
                ["中介机构 / Broker organisation"] = TestAccounts.Intermediary.OrganisationName,
            }
        );
    }

    [Fact]
    public async Task The_JSON_export_carries_the_same_fields_unescaped()
    {
        var (match, deal) = await KnownDealAsync("2026-11-06");

        var rows = await broker.GetFromJsonAsync<JsonElement>(
            "/api/deals/export?format=json&from=2026-11-06&to=2026-11-06"
        );

        var row = rows.EnumerateArray().ShouldHaveSingleItem();
        row.GetProperty("contractNumber").GetString().ShouldBe("-2026-0042");
        row.GetProperty("contractName").GetString().ShouldBe("钢板表面缺陷视觉检测\r\n技术转让合同");
        row.GetProperty("contractType").GetString().ShouldBe("技术转让");
        row.GetProperty("contractTypeCode").GetString().ShouldBe("transfer");
        row.GetProperty("amount").GetDecimal().ShouldBe(1234567.80m);
        row.GetProperty("technologyAmount").GetDecimal().ShouldBe(1000000m);
        row.GetProperty("signedOn").GetString().ShouldBe("2026-11-06");
        row.GetProperty("sellerName").GetString().ShouldBe(Formula);
        row.GetProperty("sellerProvince").GetString().ShouldBe("北京");
        row.GetProperty("buyerName").GetString().ShouldBe(QuotedBuyer);
        row.GetProperty("buyerProvince").GetString().ShouldBe("天津");
        row.GetProperty("technologyField").GetString().ShouldBe("人工智能");
        row.GetProperty("industry").GetString().ShouldBe("电子信息-人工智能");
        row.GetProperty("matchId").GetGuid().ShouldBe(match);
        row.GetProperty("dealId").GetGuid().ShouldBe(deal);
        row.GetProperty("brokerOrganisationId").GetGuid().ShouldBe(TestAccounts.Intermediary.OrganisationId);
        row.GetProperty("brokerName").GetString().ShouldBe(TestAccounts.Intermediary.OrganisationName);
    }

    [Fact]
    public async Task A_broker_exports_its_own_deals_and_the_operator_every_deal_in_the_range()
    {
        var other = TestAccounts.New(Roles.Intermediary);
        var mine = await DealAsync(TestAccounts.Intermediary, "2026-10-10", "mine");
        var theirs = await DealAsync(other, "2026-10-11", "theirs");

        var brokers = Read(await broker.GetByteArrayAsync("/api/deals/export?from=2026-10-01&to=2026-10-31"));
        var operators = Read(
            await host.CreateClient(TestAccounts.Operator)
                .GetByteArrayAsync("/api/deals/export?from=2026-10-01&to=2026-10-31")
        );
        var otherBroker = Read(await host.CreateClient(other).GetByteArrayAsync("/api/deals/export?from=2026-10-11"));

        brokers.Select(r => r["合同编号 / Contract number"]).ShouldBe(["mine"]);
        operators.Select(r => r["合同编号 / Contract number"]).ShouldBe(["mine", "theirs"]);
        otherBroker.Select(r => r["合同编号 / Contract number"]).ShouldBe(["theirs"]);
        brokers.Single()["成交编号 / Deal id"].ShouldBe(mine.ToString());
        otherBroker.Single()["成交编号 / Deal id"].ShouldBe(theirs.ToString());
    }

    [Theory]
    [InlineData("format=xlsx", "format")]
    [InlineData("from=2026/11/01", "from")]
    [InlineData("to=2026-02-30", "to")]
    [InlineData("from=2026-12-01&to=2026-11-01", "from")]
    public async Task Bad_export_parameters_are_named(string query, string field)
    {
        await (await broker.GetAsync($"/api/deals/export?{query}")).ShouldBeValidationProblemAsync(field);
    }

    private static List<Dictionary<string, string>> Read(byte[] csv)
    {
        using var reader = CsvReader.Create(new MemoryStream(csv), CsvReaderOptions.Default);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h)));
        }

        return rows;
    }

    private async Task<(Guid Match, Guid Deal)> KnownDealAsync(string signedOn)
    {
        var achievement = MatchSeed.Achievement(Guid.CreateVersion7(), Province.Beijing, institution: "北京理工大学");
        var demand = MatchSeed.Demand(Guid.CreateVersion7(), Province.Tianjin);
        var match = await seed.AcceptedAsync(TestAccounts.Intermediary, achievement, demand, AcceptedAt);
        var deal = await broker.RecordedAsync(
            match,
            DealClient.Body(b =>
            {
                b["contractType"] = "transfer";
                b["amount"] = 1234567.80m;
                b["signedOn"] = signedOn;
                b["contractNumber"] = "-2026-0042";
                b["title"] = "钢板表面缺陷视觉检测\r\n技术转让合同";
                b["seller"] = new JsonObject { ["name"] = Formula };
                b["buyer"] = new JsonObject { ["name"] = QuotedBuyer };
            })
        );
        return (match, deal.GetProperty("id").GetGuid());
    }

    private async Task<Guid> DealAsync(Account by, string signedOn, string contractNumber)
    {
        var match = await seed.AcceptedAsync(
            by,
            MatchSeed.Achievement(Guid.CreateVersion7()),
            MatchSeed.Demand(Guid.CreateVersion7()),
            new DateTime(2026, 10, 1, 2, 0, 0, DateTimeKind.Utc)
        );
        var deal = await host.CreateClient(by)
            .RecordedAsync(
                match,
                DealClient.Body(b =>
                {
                    b["signedOn"] = signedOn;
                    b["contractNumber"] = contractNumber;
                })
            );
        return deal.GetProperty("id").GetGuid();
    }
}
