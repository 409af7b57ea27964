using JjjMatch.BuildingBlocks.Validation;

namespace JjjMatch.Host.Tests.Validation;

public sealed class ContactFormatsTests
{
    [Theory]
    [InlineData("zhang.xm@example.edu.cn", true)]
    [InlineData("li_jianguo+jjj@tsinghua.edu.cn", true)]
    [InlineData("a@b.cn", true)]
    [InlineData("a@b", false)]
    [InlineData(".@hotmail.com", false)]
    [InlineData("zhang.@hotmail.com", false)]
    [InlineData("zhang..san@hotmail.com", false)]
    [InlineData("zhang san@hotmail.com", false)]
    [InlineData("zhang@-bad.com", false)]
    [InlineData("zhang@hotmail.c", false)]
    [InlineData("@hotmail.com", false)]
    public void Emails(string text, bool valid) => ContactFormats.IsEmail(text).ShouldBe(valid);

    [Theory]
    [InlineData("13800138000", true)]
    [InlineData("138 0013 8000", true)]
    [InlineData("138-0013-8000", true)]
    [InlineData("+86 13800138000", true)]
    [InlineData("008613800138000", true)]
    [InlineData("010-62751234", true)]
    [InlineData("(010)62751234", true)]
    [InlineData("0311-86012345", true)]
    [InlineData("022-23501234-8001", true)]
    [InlineData("+86 10 62751234", true)]
    [InlineData("400-810-5678", true)]
    [InlineData("+49 30 1234567", true)]
    [InlineData("12800138000", false)]
    [InlineData("1380013800", false)]
    [InlineData("62751234", false)]
    [InlineData("010-1234", false)]
    [InlineData("12345", false)]
    [InlineData("+86 12345", false)]
    [InlineData("phone", false)]
    public void Phones(string text, bool valid) => ContactFormats.IsPhone(text).ShouldBe(valid);
}

public sealed class PatentNumbersTests
{
    [Theory]
    [InlineData("ZL201720001285.X", true)]
    [InlineData("201720001285.X", true)]
    [InlineData("ZL98123456.7", false)]
    [InlineData("ZL201720001285.1", false)]
    [InlineData("ZL201720001285X", false)]
    [InlineData("ZL2017200012851.X", false)]
    [InlineData("CN108123456A", false)]
    public void Numbers(string number, bool valid) => PatentNumbers.IsValid(number).ShouldBe(valid);

    [Fact]
    public void The_check_character_is_cnipas()
    {
        PatentNumbers.CheckCharacter("201720001285").ShouldBe('X');
        // 2·2+0·3+1·4+9·5+1·6+0·7+5·8+6·9+7·2+8·3+9·4+0·5 = 227, 227 mod 11 = 7.
        PatentNumbers.CheckCharacter("201910567890").ShouldBe('7');
    }
}
