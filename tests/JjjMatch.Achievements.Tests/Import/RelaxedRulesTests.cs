using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.Achievements.Tests.Import;

/// <summary>
/// What market listings made the API accept: no transfer mode stated, a patent whose number is not known.
/// </summary>
public sealed class RelaxedRulesTests
{
    private readonly AchievementInputValidator validator = new();

    /// <summary>As the market maps it, with a real contact: the API accepts no placeholder.</summary>
    private static AchievementInput Input() =>
        ImportAchievementTests.Input() with
        {
            Contact = new("王工", "13900000000", null),
        };

    [Fact]
    public void No_transfer_mode_means_not_stated()
    {
        var result = validator.Validate(Input() with { TransferModes = CooperationModes.None });

        result.IsValid.ShouldBeTrue(string.Join("; ", result.Errors));
    }

    [Fact]
    public void Missing_transfer_modes_are_still_an_error()
    {
        validator
            .Validate(Input() with { TransferModes = null })
            .Errors.Select(e => e.PropertyName)
            .ShouldContain("TransferModes");
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("ZL201720001285.X", true)]
    [InlineData("", false)]
    [InlineData("not-a-patent", false)]
    public void A_patent_number_is_checked_only_when_given(string? number, bool valid)
    {
        var input = Input() with { Patents = [new Patent(number, PatentKind.Invention, PatentStatus.Filed)] };

        validator.Validate(input).IsValid.ShouldBe(valid);
    }
}
