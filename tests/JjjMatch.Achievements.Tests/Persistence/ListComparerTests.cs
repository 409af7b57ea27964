using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.Achievements.Tests.Persistence;

/// <summary>How the change tracker sees a list column: item by item, with a snapshot later edits leave alone.</summary>
public sealed class ListComparerTests
{
    private static readonly ListComparer<Patent> Patents = new();

    [Fact]
    public void Lists_of_equal_records_are_equal_and_hash_alike()
    {
        List<Patent> left = [new("ZL201720001285.X", PatentKind.Invention, PatentStatus.Granted)];
        List<Patent> right = [new("ZL201720001285.X", PatentKind.Invention, PatentStatus.Granted)];

        Patents.Equals(left, right).ShouldBeTrue();
        Patents.GetHashCode(left).ShouldBe(Patents.GetHashCode(right));
    }

    [Fact]
    public void A_list_edited_in_place_differs_from_its_snapshot()
    {
        List<Patent> patents = [new("ZL201720001285.X", PatentKind.Invention, PatentStatus.Granted)];
        var snapshot = Patents.Snapshot(patents);

        patents[0] = patents[0] with { Status = PatentStatus.Filed };
        patents.Add(new Patent(null, PatentKind.UtilityModel, PatentStatus.Filed));

        Patents.Equals(patents, snapshot).ShouldBeFalse();
        snapshot.Count.ShouldBe(1);
        snapshot[0].Status.ShouldBe(PatentStatus.Granted);
    }

    [Fact]
    public void Order_counts_and_a_missing_list_equals_only_a_missing_list()
    {
        var keywords = new ListComparer<string>();

        keywords.Equals(["检测", "缺陷"], ["缺陷", "检测"]).ShouldBeFalse();
        keywords.Equals(null, []).ShouldBeFalse();
        keywords.Equals(null, null).ShouldBeTrue();
    }
}
