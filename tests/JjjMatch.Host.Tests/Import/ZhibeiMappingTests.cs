using System.Text.Json.Nodes;
using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;
using JjjMatch.Import;

namespace JjjMatch.Host.Tests.Import;

/// <summary>Each market field onto the product's, with hand-written lines in the market's export shape.</summary>
public sealed class ZhibeiMappingTests
{
    private const string Achievement = """
        {"name": "久坐卫士", "postTime": "2020-03-20", "classification": "制造业——计算机、通信和其他电子设备制造",
         "zlxx": "发明专利", "maturity": "通过小试", "cooperationMethod": "完全转让许可转让", "jstgfs": "正在技术推广",
         "price": "100.0万元-200.0万元", "industry": "电子信息-人工智能", "scope": "",
         "context": "  利用光来“听”使用者的呼吸率和心率，用光来“看”使用者的坐姿。 ", "earlyApplication": "", "funding": ""}
        """;

    private const string Demand = """
        {"name": "LED手电筒红外开关改进", "postTime": "2020-01-13", "classification": "制造业",
         "cooperationMethod": "技术转让,技术许可,委托开发", "time": "2020-01-1310:49:39.0至2021-01-1310:49:41.0",
         "context": "现有产品中手电筒的开关是机械式，非常容易损坏，导致接触不良。"}
        """;

    [Fact]
    public void An_achievement_line_maps_onto_the_API_input()
    {
        var listing = ZhibeiAchievements.Map(Line(Achievement));

        var body = listing.Body;
        body.Title.ShouldBe("久坐卫士");
        body.Summary.ShouldBe("利用光来“听”使用者的呼吸率和心率，用光来“看”使用者的坐姿。");
        body.Industry.ShouldBe("电子信息-人工智能");
        body.TechnologyField.ShouldBe("电子信息-人工智能");
        body.Keywords.ShouldBe(["人工智能"]);
        body.Maturity.ShouldBe(new Maturity(Maturity.Trl, 6));
        body.Patents.ShouldBe([new Patent(null, PatentKind.Invention, PatentStatus.Filed)]);
        body.TransferModes.ShouldBe(CooperationModes.Assignment | CooperationModes.NonExclusiveLicence);
        body.AskingPrice.ShouldBe(new PriceRange(1_000_000m, 2_000_000m));
        body.OwnerInstitution.ShouldBe(ImportPlaceholders.OwnerInstitution);
        body.Region.ShouldBe(new Region(Province.Other, null));
        body.Contact.ShouldBe(Contact.ToBeCompleted);
        listing.Publish.ShouldBeTrue();
    }

    [Theory]
    [InlineData("正在研发", 3)]
    [InlineData("已有样品", 5)]
    [InlineData("通过小试", 6)]
    [InlineData("通过中试", 7)]
    [InlineData("可以量产", 9)]
    public void Maturity_words_become_TRL_levels(string word, int level)
    {
        ZhibeiAchievements.Map(Line(Achievement, l => l["maturity"] = word)).Body.Maturity!.Level.ShouldBe(level);
    }

    [Fact]
    public void An_unknown_maturity_word_is_a_bad_line()
    {
        Should
            .Throw<ImportLineException>(() =>
                ZhibeiAchievements.Map(Line(Achievement, l => l["maturity"] = "概念阶段"))
            )
            .Message.ShouldContain("maturity");
    }

    [Theory]
    [InlineData("其他", CooperationModes.None)]
    [InlineData("完全转让", CooperationModes.Assignment)]
    [InlineData("许可转让", CooperationModes.NonExclusiveLicence)]
    [InlineData("完全转让其他", CooperationModes.Assignment)]
    [InlineData(
        "完全转让许可转让技术入股合作生产",
        CooperationModes.Assignment
            | CooperationModes.NonExclusiveLicence
            | CooperationModes.Equity
            | CooperationModes.JointDevelopment
    )]
    [InlineData("", CooperationModes.None)]
    public void Transfer_words_run_together_become_flags(string words, CooperationModes modes)
    {
        ZhibeiWords.TransferModes(words).ShouldBe(modes);
    }

    [Theory]
    [InlineData("技术转让", CooperationModes.Assignment)]
    [InlineData("技术许可", CooperationModes.NonExclusiveLicence | CooperationModes.ExclusiveLicence)]
    [InlineData("委托开发,其他", CooperationModes.JointDevelopment)]
    [InlineData("技术入股,技术转让", CooperationModes.Equity | CooperationModes.Assignment)]
    [InlineData("其他", CooperationModes.None)]
    [InlineData("", CooperationModes.None)]
    public void Demand_cooperation_words_become_flags(string words, CooperationModes modes)
    {
        ZhibeiWords.DemandModes(words).ShouldBe(modes);
    }

    [Fact]
    public void Unknown_cooperation_words_are_bad_lines()
    {
        Should
            .Throw<ImportLineException>(() => ZhibeiWords.TransferModes("完全转让赠送"))
            .Message.ShouldContain("cooperationMethod");
        Should.Throw<ImportLineException>(() => ZhibeiWords.DemandModes("技术转让,赠送")).Message.ShouldContain("赠送");
    }

    [Theory]
    [InlineData("非专利技术", null)]
    [InlineData("发明专利", PatentKind.Invention)]
    [InlineData("实用新型专利", PatentKind.UtilityModel)]
    [InlineData("外观专利", PatentKind.Design)]
    public void A_patent_kind_becomes_one_filed_patent_without_number(string word, PatentKind? kind)
    {
        var patents = ZhibeiWords.Patents(word);

        patents.Select(p => (PatentKind?)p.Kind).ShouldBe(kind is null ? [] : [kind]);
        patents.ShouldAllBe(p => p.Number == null && p.Status == PatentStatus.Filed);
        Should.Throw<ImportLineException>(() => ZhibeiWords.Patents("商标")).Message.ShouldContain("zlxx");
    }

    [Theory]
    [InlineData("面议", null, null)]
    [InlineData("", null, null)]
    [InlineData("100.0万元-200.0万元", 1_000_000, 2_000_000)]
    [InlineData("9.0万元-9.0万元", 90_000, 90_000)]
    [InlineData("30.5万元-100万元", 305_000, 1_000_000)]
    public void Prices_are_negotiable_or_ten_thousands_of_yuan(string text, int? min, int? max)
    {
        ZhibeiWords.Price(text).ShouldBe(new PriceRange(min, max));
    }

    [Fact]
    public void An_unreadable_price_is_a_bad_line()
    {
        Should.Throw<ImportLineException>(() => ZhibeiWords.Price("约一百万")).Message.ShouldContain("price");
    }

    [Theory]
    [InlineData("电子信息-人工智能", "电子信息-人工智能")]
    [InlineData("现代农业-农林植物新品种", "现代农业-农林植物新品种")]
    [InlineData("交通运输-汽车及零部件", "交通运输-汽车及零部件")]
    [InlineData("新能源-太阳能", "新能源与智能电网-光伏")]
    [InlineData("资源环保-水污染防治", "节能环保-水处理")]
    [InlineData("电子信息-其他", "电子信息")]
    [InlineData("生物医药-生化", "生物医药")]
    [InlineData("新能源-LED", "新能源与智能电网")]
    [InlineData("航天科技-卫星", "其他")]
    [InlineData("", "其他")]
    public void Industry_labels_fall_back_to_a_synonym_then_the_parent_then_other(string label, string code)
    {
        var industry = MarketIndustries.FromLabel(label);

        industry.ShouldBe(code);
        Industries.IsKnown(industry).ShouldBeTrue();
    }

    [Theory]
    [InlineData("信息传输、软件和信息技术服务业", "电子信息")]
    [InlineData("信息传输、软件和信息技术服务业金融业", "电子信息")]
    [InlineData("农、林、牧、渔业", "现代农业")]
    [InlineData("科学研究和技术服务业", "技术服务")]
    [InlineData("制造业", "其他")]
    [InlineData("制造业电力、热力、燃气、及水生产和供应业", "其他")]
    [InlineData("", "其他")]
    public void Demand_sectors_map_where_a_sensible_industry_exists(string sector, string code)
    {
        MarketIndustries.FromSector(sector).ShouldBe(code);
    }

    [Fact]
    public void Keywords_come_from_the_labels_and_never_run_out()
    {
        ZhibeiAchievements.Keywords("电子信息-其他", "", "久坐卫士").ShouldBe(["电子信息"]);
        ZhibeiAchievements.Keywords("", "", "久坐卫士").ShouldBe(["久坐卫士"]);
        ZhibeiAchievements.Keywords("交通运输-轨道交通", "轨道交通领域", "x").ShouldBe(["轨道交通", "轨道交通领域"]);
    }

    [Fact]
    public void A_listing_without_description_is_described_by_its_own_facts_and_long_ones_are_cut()
    {
        var empty = ZhibeiAchievements.Map(Line(Achievement, l => l["context"] = "")).Body;
        empty.Summary.ShouldBe("久坐卫士；电子信息-人工智能");

        var longer = ZhibeiAchievements.Map(Line(Achievement, l => l["context"] = new string('长', 6000))).Body;
        longer.Summary!.Length.ShouldBe(5000);
    }

    [Fact]
    public void Transfer_ended_keeps_the_achievement_a_draft()
    {
        ZhibeiAchievements.Map(Line(Achievement, l => l["jstgfs"] = "技术终止转让")).Publish.ShouldBeFalse();
    }

    [Fact]
    public void A_demand_line_maps_onto_the_API_input()
    {
        var body = ZhibeiDemands.Map(Line(Demand)).Body;

        body.Title.ShouldBe("LED手电筒红外开关改进");
        body.ProblemDescription.ShouldBe("现有产品中手电筒的开关是机械式，非常容易损坏，导致接触不良。");
        body.ExpectedOutcome.ShouldBe("");
        body.Industry.ShouldBe(Industries.Other);
        // The market closes at 10:49 Beijing on 13 January: that day is the last one.
        body.Deadline.ShouldBe(new DateOnly(2021, 1, 13));
        body.CooperationModes.ShouldBe(
            CooperationModes.Assignment
                | CooperationModes.NonExclusiveLicence
                | CooperationModes.ExclusiveLicence
                | CooperationModes.JointDevelopment
        );
        body.Anonymous.ShouldBe(true);
        body.EnterpriseName.ShouldBe(ImportPlaceholders.EnterpriseName);
        body.Bounty.ShouldBe(PriceRange.Negotiable);
        body.MinimumMaturity.ShouldBeNull();
        body.Region.ShouldBe(new Region(Province.Other, null));
    }

    [Fact]
    public void A_demand_that_says_no_more_than_its_title_is_described_by_its_title_alone()
    {
        var body = ZhibeiDemands
            .Map(Line(Demand, l =>
                {
                    l["name"] = "蜂蜜检测";
                    l["context"] = "蜂蜜检测";
                }))
            .Body;

        body.ProblemDescription.ShouldBe("蜂蜜检测");
    }

    [Theory]
    [InlineData("至")]
    [InlineData("")]
    [InlineData("2020-01-13至下个月")]
    public void A_demand_without_a_readable_deadline_is_a_bad_line(string time)
    {
        Should
            .Throw<ImportLineException>(() => ZhibeiDemands.Map(Line(Demand, l => l["time"] = time)))
            .Message.ShouldStartWith("time:");
    }

    [Fact]
    public void A_field_that_is_not_text_is_a_bad_line()
    {
        Should
            .Throw<ImportLineException>(() => ZhibeiAchievements.Map(Line(Achievement, l => l["name"] = 42)))
            .Message.ShouldBe("name: expected text");
    }

    private static JsonObject Line(string json, Action<JsonObject>? change = null)
    {
        var line = JsonNode.Parse(json)!.AsObject();
        change?.Invoke(line);
        return line;
    }
}
