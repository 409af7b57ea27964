using JjjMatch.Accounts.Domain;

namespace JjjMatch.Accounts.Tests;

public sealed class CreditCodeTests
{
    /// <summary>
    /// Published codes of real organisations (enterprises, and a university: 事业单位 codes start with 12).
    /// </summary>
    [Theory]
    [InlineData("9144030071526726XG")]
    [InlineData("91330100716105852F")]
    [InlineData("91110108551385082Q")]
    [InlineData("91110000802100433B")]
    [InlineData("12100000400000624D")]
    [InlineData(" 91330100716105852f ")]
    public void Real_codes_pass(string code) => CreditCode.IsValid(code).ShouldBeTrue();

    [Theory]
    [InlineData("91330100716105852G")] // wrong check character
    [InlineData("9133010071610585F")] // 17 characters
    [InlineData("913301007161058522F")] // 19 characters
    [InlineData("91330100716I05852F")] // I is not in the alphabet
    [InlineData("91330100716O05852F")] // nor O
    [InlineData("")]
    [InlineData(null)]
    public void Others_fail(string? code) => CreditCode.IsValid(code).ShouldBeFalse();

    [Fact]
    public void The_check_character_follows_GB_32100()
    {
        CreditCode.CheckCharacter("91110108551385082").ShouldBe('Q');
        CreditCode.CheckCharacter("12100000400000624").ShouldBe('D');
    }
}
