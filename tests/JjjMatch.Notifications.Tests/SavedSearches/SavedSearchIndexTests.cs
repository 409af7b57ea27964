using JjjMatch.Notifications.Features.Listings;
using JjjMatch.Notifications.Features.SavedSearches;

namespace JjjMatch.Notifications.Tests.SavedSearches;

/// <summary>The reverse search on its own: which stored searches a listing satisfies.</summary>
public sealed class SavedSearchIndexTests
{
    private readonly SavedSearchIndex index = new();

    [Fact]
    public void A_listing_fires_the_searches_whose_every_word_it_contains_and_whose_filters_it_meets()
    {
        var words = Put("缺陷检测");
        var english = Put("Defect DETECTION systems");
        var missing = Put("缺陷检测 激光");
        var beijing = Put("视觉检测", s => s.Province = "beijing");
        var hebei = Put("视觉检测", s => s.Province = "hebei");
        var industry = Put("深度学习", s => s.Industry = "电子信息");
        var otherIndustry = Put("深度学习", s => s.Industry = "钢铁");
        var trl = Put("深度学习", s => (s.MaturityMin, s.MaturityMax) = (5, 7));
        var highTrl = Put("深度学习", s => s.MaturityMin = 8);
        var price = Put("深度学习", s => (s.PriceMin, s.PriceMax) = (700_000m, 2_000_000m));
        var cheap = Put("深度学习", s => s.PriceMax = 100_000m);
        var mode = Put("深度学习", s => s.CooperationMode = "Assignment");
        var otherMode = Put("深度学习", s => s.CooperationMode = "Equity");
        var demands = Put("深度学习", s => s.Side = SavedSearchSides.Demands);

        var hits = index.Match(Achievement());

        hits.ShouldBe([words, english, beijing, industry, trl, price, mode], ignoreOrder: true);
        new[] { missing, hebei, otherIndustry, highTrl, cheap, otherMode, demands }.ShouldAllBe(id =>
            !hits.Contains(id)
        );
    }

    [Fact]
    public void A_demand_search_reads_maturity_as_the_searchers_own_level_and_skips_negotiable_prices()
    {
        var qualifies = Put("余热回收", s => (s.Side, s.MaturityMin) = (SavedSearchSides.Demands, 7));
        var tooLow = Put("余热回收", s => (s.Side, s.MaturityMin) = (SavedSearchSides.Demands, 5));
        var priced = Put("余热回收", s => (s.Side, s.PriceMin) = (SavedSearchSides.Demands, 1m));
        var demand = new ListingCopy
        {
            Id = Guid.NewGuid(),
            Side = ListingCopy.Demand,
            Title = "高炉煤气余热回收",
            Industry = "钢铁-节能减排",
            Province = "Hebei",
            MaturityLevel = 6,
            Text = "高炉煤气余热回收利用技术攻关",
            Live = true,
        };

        index.Match(demand).ShouldBe([qualifies]);
    }

    [Fact]
    public void A_changed_or_deleted_search_is_matched_as_it_is_now()
    {
        var search = Search("激光焊接");
        index.Put(search);
        index.Match(Achievement()).ShouldBeEmpty();

        search.Text = "视觉检测";
        index.Put(search);
        index.Match(Achievement()).ShouldBe([search.Id]);

        search.DeletedAt = DateTime.UtcNow;
        index.Put(search);
        index.Match(Achievement()).ShouldBeEmpty();
        index.Count.ShouldBe(0);
    }

    private Guid Put(string text, Action<SavedSearch>? change = null)
    {
        var search = Search(text);
        change?.Invoke(search);
        index.Put(search);
        return search.Id;
    }

    private static SavedSearch Search(string text) =>
        new()
        {
            Id = Guid.NewGuid(),
            OrganisationId = Guid.NewGuid(),
            Name = text,
            Side = SavedSearchSides.Achievements,
            Text = text,
            Frequency = SavedSearch.Immediate,
        };

    private static ListingCopy Achievement() =>
        new()
        {
            Id = Guid.NewGuid(),
            Side = ListingCopy.Achievement,
            Title = "基于深度学习的工业缺陷视觉检测关键技术",
            Industry = "电子信息-人工智能",
            Province = "Beijing", // as copies were stored before the API form
            MaturityLevel = 6,
            PriceMin = 500_000m,
            PriceMax = 800_000m,
            Modes = 4 | 2,
            Live = true,
            Text = "基于深度学习的工业缺陷视觉检测关键技术\n钢板表面缺陷检测\ndefect detection system",
        };
}
