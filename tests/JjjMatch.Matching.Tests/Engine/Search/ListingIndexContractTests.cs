using JjjMatch.Matching.Engine.Search;

namespace JjjMatch.Matching.Tests.Engine.Search;

/// <summary>
/// What every <see cref="IListingIndex"/> adapter must do; runs once per target in <see
/// cref="ListingIndexTargets.Available"/>.
/// </summary>
public sealed class ListingIndexContractTests
{
    public static TheoryData<string> Targets => ListingIndexTargets.Available;

    [Theory, MemberData(nameof(Targets))]
    public async Task Finds_the_achievement_that_shares_the_demands_words(string target)
    {
        await using var subject = await ListingIndexTargets.CreateAsync(target);
        var damper = Listings.Achievement(
            "半主动馈能悬架减振器",
            "混合励磁直线电机与液压减振器集成，阻尼力可调，回收振动能量"
        );
        var coder = Listings.Achievement("自适应熵编码", "零游程编码，硬件实现简单，速度快");
        await subject.Index.UpsertAsync([damper, coder]);

        var hits = await subject.Index.SearchAsync(
            Listings.For(ListingKind.Achievement, "车辆悬架的减振器阻尼不可调节，振动能量浪费")
        );

        hits.ShouldNotBeEmpty();
        hits[0].Id.ShouldBe(damper.Id);
        hits.ShouldNotContain(h => h.Id == coder.Id);
        hits[0].MatchedTerms.ShouldContain(t => t.Contains("减振"));
        hits[0].Relevance.ShouldBeInRange(0, 1);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Searches_demands_for_an_achievement_too(string target)
    {
        await using var subject = await ListingIndexTargets.CreateAsync(target);
        var achievement = Listings.Achievement("锂电池回收", "废旧锂电池正极材料回收再生");
        var demand = Listings.Demand("寻求锂电池回收技术", "企业产生大量废旧锂电池，需要回收正极材料");
        await subject.Index.UpsertAsync([achievement, demand]);

        var demands = await subject.Index.SearchAsync(Listings.For(ListingKind.Demand, "废旧锂电池回收"));
        var achievements = await subject.Index.SearchAsync(Listings.For(ListingKind.Achievement, "废旧锂电池回收"));

        demands.Select(h => h.Id).ShouldBe([demand.Id]);
        achievements.Select(h => h.Id).ShouldBe([achievement.Id]);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Counts_the_documents_of_each_kind(string target)
    {
        await using var subject = await ListingIndexTargets.CreateAsync(target);
        var kept = Listings.Achievement("锂电池回收", "废旧锂电池正极材料回收再生");
        var removed = Listings.Achievement("光伏逆变", "光伏发电并网逆变");
        await subject.Index.UpsertAsync([kept, removed, Listings.Demand("寻求锂电池回收技术", "需要回收正极材料")]);
        await subject.Index.UpsertAsync([kept]);

        await subject.Index.RemoveAsync(ListingKind.Achievement, removed.Id);

        (await subject.Index.CountAsync(ListingKind.Achievement)).ShouldBe(1);
        (await subject.Index.CountAsync(ListingKind.Demand)).ShouldBe(1);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Upsert_replaces_a_document_with_the_same_id(string target)
    {
        await using var subject = await ListingIndexTargets.CreateAsync(target);
        var id = Guid.NewGuid();
        await subject.Index.UpsertAsync([Listings.Achievement("光伏逆变", "光伏发电并网逆变", id: id)]);
        await subject.Index.UpsertAsync([Listings.Achievement("污水处理", "膜生物反应器处理工业污水", id: id)]);

        (await subject.Index.SearchAsync(Listings.For(ListingKind.Achievement, "光伏逆变"))).ShouldBeEmpty();
        (await subject.Index.SearchAsync(Listings.For(ListingKind.Achievement, "工业污水")))
            .Select(h => h.Id)
            .ShouldBe([id]);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Removed_documents_are_not_found_and_removing_twice_is_harmless(string target)
    {
        await using var subject = await ListingIndexTargets.CreateAsync(target);
        var document = Listings.Achievement("石墨烯导热膜", "石墨烯导热膜制备方法");
        await subject.Index.UpsertAsync([document]);

        await subject.Index.RemoveAsync(ListingKind.Achievement, document.Id);
        await subject.Index.RemoveAsync(ListingKind.Achievement, document.Id);

        (await subject.Index.SearchAsync(Listings.For(ListingKind.Achievement, "石墨烯导热膜"))).ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Inactive_documents_are_left_out_unless_asked_for(string target)
    {
        await using var subject = await ListingIndexTargets.CreateAsync(target);
        var withdrawn = Listings.Achievement("智能温室控制系统", "温室环境智能控制", active: false);
        await subject.Index.UpsertAsync([withdrawn]);

        (await subject.Index.SearchAsync(Listings.For(ListingKind.Achievement, "智能温室"))).ShouldBeEmpty();
        var all = new ListingQuery("智能温室", new ListingFilter(ListingKind.Achievement) { ActiveOnly = false });
        (await subject.Index.SearchAsync(all)).Select(h => h.Id).ShouldBe([withdrawn.Id]);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Attribute_filters_keep_only_equal_values(string target)
    {
        await using var subject = await ListingIndexTargets.CreateAsync(target);
        var inHebei = Listings.Achievement(
            "钢渣综合利用",
            "钢渣制备建筑材料",
            attributes: new() { [ListingAttributes.Province] = "Hebei", [ListingAttributes.Industry] = "钢铁-冶炼" }
        );
        var inBeijing = Listings.Achievement(
            "钢渣资源化",
            "钢渣制备路基材料",
            attributes: new() { [ListingAttributes.Province] = "Beijing", [ListingAttributes.Industry] = "钢铁-冶炼" }
        );
        await subject.Index.UpsertAsync([inHebei, inBeijing]);

        var filter = new ListingFilter(ListingKind.Achievement)
        {
            Attributes = new Dictionary<string, string> { [ListingAttributes.Province] = "Hebei" },
        };
        var hits = await subject.Index.SearchAsync(new ListingQuery("钢渣材料", filter));

        hits.Select(h => h.Id).ShouldBe([inHebei.Id]);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Query_syntax_in_user_text_is_searched_as_text(string target)
    {
        await using var subject = await ListingIndexTargets.CreateAsync(target);
        var document = Listings.Achievement("sensor array", "a flexible sensor array for wearables");
        await subject.Index.UpsertAsync([document]);

        var hits = await subject.Index.SearchAsync(
            Listings.For(ListingKind.Achievement, "\"sensor\" OR array* : " + "(c) [x] \\ title:{y}")
        );

        hits.Select(h => h.Id).ShouldBe([document.Id]);
    }

    [Theory, MemberData(nameof(Targets))]
    public async Task Returns_at_most_top_hits_best_first(string target)
    {
        await using var subject = await ListingIndexTargets.CreateAsync(target);
        var best = Listings.Achievement("水处理膜 水处理膜", "水处理膜 反渗透 水处理膜");
        var others = Enumerable.Range(0, 5).Select(i => Listings.Achievement($"膜材料{i}", "一种膜材料与水")).ToList();
        await subject.Index.UpsertAsync([best, .. others]);

        var hits = await subject.Index.SearchAsync(Listings.For(ListingKind.Achievement, "水处理膜", top: 3));

        hits.Count.ShouldBe(3);
        hits[0].Id.ShouldBe(best.Id);
        hits.Select(h => h.Score).ShouldBeInOrder(SortDirection.Descending);
    }
}
