using JjjMatch.Achievements.Features.Shared;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.Achievements.Tests.Validation;

public sealed class AchievementInputValidatorTests
{
    private readonly AchievementInputValidator validator = new();

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Titles_are_measured_in_characters_not_bytes(int length, bool valid)
    {
        var result = validator.Validate(Input() with { Title = new string('技', length) });

        result.IsValid.ShouldBe(valid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void A_character_outside_the_basic_plane_counts_once()
    {
        TextRules.CharacterCount("𠀀𠀁").ShouldBe(2);
        TextRules.CharacterCount("👍🏽").ShouldBe(1);
    }

    [Fact]
    public void Keywords_must_not_repeat_ignoring_case()
    {
        var result = validator.Validate(Input() with { Keywords = ["Laser", "laser"] });

        result.Errors.ShouldContain(e => e.PropertyName == "Keywords");
    }

    [Fact]
    public void A_negotiable_price_is_valid()
    {
        validator.Validate(Input() with { AskingPrice = PriceRange.Negotiable }).IsValid.ShouldBeTrue();
        validator.Validate(Input() with { AskingPrice = null }).IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData(Province.Hebei, "雄安", true)]
    [InlineData(Province.Hebei, "北京", false)]
    [InlineData(Province.Tianjin, "滨海新区", true)]
    public void Hebei_cities_are_checked(Province province, string city, bool valid)
    {
        validator.Validate(Input() with { Region = new Region(province, city) }).IsValid.ShouldBe(valid);
    }

    private static AchievementInput Input()
    {
        var details = Domain.AchievementLifecycleTests.Details();
        return new AchievementInput(
            details.Title,
            details.Summary,
            details.Keywords,
            details.Industry,
            details.TechnologyField,
            details.Maturity,
            details.Patents,
            details.TransferModes,
            details.AskingPrice,
            details.OwnerInstitution,
            details.Region,
            details.Contact
        );
    }
}
