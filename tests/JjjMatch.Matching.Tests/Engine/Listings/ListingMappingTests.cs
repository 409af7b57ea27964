using JjjMatch.Contracts.Achievements;
using JjjMatch.Contracts.Demands;
using JjjMatch.Contracts.Shared;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Tests.Engine.Scoring;

namespace JjjMatch.Matching.Tests.Engine.Listings;

public sealed class ListingMappingTests
{
    [Fact]
    public void An_achievement_snapshot_maps_onto_a_profile_and_an_index_document()
    {
        var snapshot = new AchievementSnapshot(
            Guid.NewGuid(),
            "钢渣利用",
            "钢渣制备建材",
            ["钢渣"],
            "钢铁-冶炼",
            " ",
            new Maturity(Maturity.Trl, 6),
            [
                new Patent("ZL1", PatentKind.Invention, PatentStatus.Granted),
                new Patent("ZL2", PatentKind.UtilityModel, PatentStatus.Granted),
                new Patent("ZL3", PatentKind.Invention, PatentStatus.Filed),
            ],
            CooperationModes.Assignment,
            PriceRange.Negotiable,
            "燕山大学",
            Guid.NewGuid(),
            new Region(Province.Hebei, "Qinhuangdao"),
            "Published",
            Profiles.Now
        );

        var profile = snapshot.ToProfile();
        var document = profile.ToListingDocument();

        profile.IsPublished.ShouldBeTrue();
        profile.Summary.ShouldBe("钢渣制备建材");
        profile.GrantedInventionPatents.ShouldBe(1);
        profile.GrantedOtherPatents.ShouldBe(1);
        document.Kind.ShouldBe(ListingKind.Achievement);
        document.Attributes[ListingAttributes.IndustryParent].ShouldBe("钢铁");
        document.Attributes[ListingAttributes.Province].ShouldBe("Hebei");
    }

    [Fact]
    public void A_demand_snapshot_maps_onto_a_profile_with_blank_industry_unknown()
    {
        var snapshot = new DemandSnapshot(
            Guid.NewGuid(),
            "寻求钢渣技术",
            "钢渣堆存占地",
            "资源化利用",
            "",
            null,
            new PriceRange(10, 20),
            Profiles.Now.AddDays(5),
            new Region(Province.Tianjin, null),
            CooperationModes.Equity,
            true,
            null,
            Guid.NewGuid(),
            "Draft",
            Profiles.Now
        );

        var profile = snapshot.ToProfile();

        profile.IsOpen.ShouldBeFalse();
        profile.Industry.ShouldBeNull();
        profile.Description.ShouldBe("钢渣堆存占地\n资源化利用");
        profile.ToListingDocument().Attributes.ContainsKey(ListingAttributes.Industry).ShouldBeFalse();
    }
}
