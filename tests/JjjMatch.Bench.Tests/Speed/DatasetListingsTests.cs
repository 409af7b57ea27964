using JjjMatch.Bench.Speed.Generation;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.Bench.Tests.Speed;

public sealed class DatasetListingsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("jjjmatch-dataset-test-");

    public DatasetListingsTests()
    {
        File.WriteAllLines(
            Path.Combine(folder.FullName, "achievements.jsonl"),
            [
                """{"name": "基于机器视觉的尺寸测量系统", "context": "本项目采用机器视觉的原理，开发一套通用的尺寸测量系统。","""
                    + """ "industry": "装备制造-数字化制造", "maturity": "已有样品", "price": "100.0万元-200.0万元","""
                    + """ "cooperationMethod": "完全转让许可转让", "zlxx": "发明专利"}""",
                """{"name": "久坐卫士", "context": "", "industry": "电子信息-计算机软件", "maturity": "通过中试","""
                    + """ "price": "面议", "cooperationMethod": "其他", "zlxx": "非专利技术"}""",
                "",
            ]
        );
        File.WriteAllLines(
            Path.Combine(folder.FullName, "demands.jsonl"),
            [
                """{"name": "LED手电筒红外开关改进", "context": "现有手电筒的开关是机械式，容易损坏。", "cooperationMethod": "技术转让,委托开发"}""",
            ]
        );
    }

    [Fact]
    public void Records_are_cycled_to_any_count()
    {
        var listings = DatasetListings.Load(folder.FullName, 1, Now);

        listings.Achievement(2).Snapshot.Title.ShouldBe(listings.Achievement(0).Snapshot.Title);
        listings.Achievement(3).Snapshot.Title.ShouldBe("久坐卫士");
        listings.Demand(5).Title.ShouldBe("LED手电筒红外开关改进");
        listings.Achievement(2).Snapshot.Id.ShouldNotBe(listings.Achievement(0).Snapshot.Id);
    }

    [Fact]
    public void The_records_fields_map_onto_the_listing()
    {
        var achievement = DatasetListings.Load(folder.FullName, 1, Now).Achievement(0).Snapshot;

        achievement.Industry.ShouldBe("装备制造");
        achievement.Keywords.ShouldBe(["装备制造"]);
        achievement.Maturity.Level.ShouldBe(5);
        achievement.AskingPrice.ShouldBe(new PriceRange(1_000_000m, 2_000_000m));
        achievement.TransferModes.ShouldBe(CooperationModes.Assignment | CooperationModes.NonExclusiveLicence);
        achievement.Patents.ShouldHaveSingleItem().Kind.ShouldBe(PatentKind.Invention);
    }

    [Fact]
    public void A_record_without_text_still_makes_a_valid_summary()
    {
        var achievement = DatasetListings.Load(folder.FullName, 1, Now).Achievement(1).Snapshot;

        achievement.Summary.ShouldStartWith("久坐卫士");
        achievement.Summary.Length.ShouldBeGreaterThanOrEqualTo(5);
        achievement.TransferModes.ShouldBe(CooperationModes.TechnicalService);
        achievement.Industry.ShouldBe("电子信息-计算机软件");
    }

    [Theory]
    [InlineData("电子信息-人工智能", "电子信息-人工智能")]
    [InlineData("现代农业-农林植物新品种", "现代农业-农林植物新品种")]
    [InlineData("现代农业-不在目录的小类", "现代农业")]
    [InlineData("交通运输-轨道交通", "交通运输-轨道交通")]
    [InlineData("不在目录-任何", "其他")]
    [InlineData("", "其他")]
    public void Market_labels_become_known_industry_codes(string label, string code) =>
        DatasetListings.KnownIndustry(label).ShouldBe(code);

    [Theory]
    [InlineData("面议", null, null)]
    [InlineData("9.0万元-9.0万元", 90_000, 90_000)]
    [InlineData("30.0万元-100.0万元", 300_000, 1_000_000)]
    public void Prices_in_wan_yuan_are_read(string text, int? min, int? max) =>
        DatasetListings.Price(text).ShouldBe(new PriceRange(min, max));

    public void Dispose() => folder.Delete(recursive: true);
}
