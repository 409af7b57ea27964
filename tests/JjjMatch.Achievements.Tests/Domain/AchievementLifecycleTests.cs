using JjjMatch.Achievements.Domain;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.Achievements.Tests.Domain;

public sealed class AchievementLifecycleTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_new_achievement_is_a_draft_at_version_one()
    {
        var achievement = Achievement.CreateDraft(Guid.NewGuid(), Details(), Now);

        achievement.Status.ShouldBe(AchievementStatus.Draft);
        achievement.Version.ShouldBe(1);
        achievement.PublishedAt.ShouldBeNull();
    }

    [Fact]
    public void Publishing_stamps_the_time_and_moves_the_version()
    {
        var achievement = Achievement.CreateDraft(Guid.NewGuid(), Details(), Now);

        achievement.Publish(Now.AddHours(1));

        achievement.Status.ShouldBe(AchievementStatus.Published);
        achievement.PublishedAt.ShouldBe(Now.AddHours(1));
        achievement.Version.ShouldBe(2);
    }

    [Theory]
    [InlineData(AchievementStatus.Withdrawn)]
    [InlineData(AchievementStatus.Transferred)]
    public void Withdrawn_and_transferred_are_final(AchievementStatus final)
    {
        var achievement = Achievement.CreateDraft(Guid.NewGuid(), Details(), Now);
        achievement.Publish(Now);
        if (final == AchievementStatus.Withdrawn)
        {
            achievement.Withdraw(Now);
        }
        else
        {
            achievement.MarkTransferred(Now);
        }

        Should.Throw<ConflictException>(() => achievement.Publish(Now));
        Should.Throw<ConflictException>(() => achievement.Withdraw(Now));
        Should.Throw<ConflictException>(() => achievement.MarkTransferred(Now));
        Should.Throw<ConflictException>(() => achievement.Update(Details(), Now));
        achievement.Status.ShouldBe(final);
    }

    [Fact]
    public void Search_text_holds_title_summary_and_keywords_in_lower_case()
    {
        var achievement = Achievement.CreateDraft(
            Guid.NewGuid(),
            Details() with
            {
                Title = "  Laser 熔覆  ",
                Keywords = ["Roller"],
            },
            Now
        );

        achievement.Title.ShouldBe("Laser 熔覆");
        achievement.SearchText.ShouldContain("laser 熔覆");
        achievement.SearchText.ShouldContain("roller");
    }

    public static AchievementDetails Details() =>
        new(
            "激光熔覆修复轧辊",
            "采用激光熔覆技术修复轧辊表面，延长使用寿命。",
            ["激光熔覆"],
            "钢铁-钢材深加工",
            null,
            new Maturity(Maturity.Trl, 6),
            [],
            CooperationModes.Assignment,
            PriceRange.Negotiable,
            "燕山大学",
            new Region(Province.Hebei, "秦皇岛"),
            new Contact("王工", "13900000000", null)
        );
}
