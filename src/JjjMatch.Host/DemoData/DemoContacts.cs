using Bogus;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.Host.DemoData;

/// <summary>
/// Contacts as a tech-transfer office or a firm's R&amp;D department gives them: a Chinese name, an office landline
/// with the city's area code or a mobile, and a mail address at the organisation's domain spelt from the name's
/// pinyin (wang.wei@tsinghua.edu.cn).
/// </summary>
public static class DemoContacts
{
    private static readonly (string Chinese, string Pinyin)[] Surnames =
    [
        ("王", "wang"),
        ("李", "li"),
        ("张", "zhang"),
        ("刘", "liu"),
        ("陈", "chen"),
        ("杨", "yang"),
        ("赵", "zhao"),
        ("黄", "huang"),
        ("周", "zhou"),
        ("吴", "wu"),
        ("孙", "sun"),
        ("马", "ma"),
        ("郭", "guo"),
        ("高", "gao"),
        ("田", "tian"),
        ("韩", "han"),
    ];

    private static readonly (string Chinese, string Pinyin)[] GivenNames =
    [
        ("伟", "wei"),
        ("芳", "fang"),
        ("敏", "min"),
        ("静", "jing"),
        ("磊", "lei"),
        ("洋", "yang"),
        ("勇", "yong"),
        ("艳", "yan"),
        ("杰", "jie"),
        ("涛", "tao"),
        ("明", "ming"),
        ("超", "chao"),
        ("秀英", "xiuying"),
        ("建国", "jianguo"),
        ("晓东", "xiaodong"),
        ("海燕", "haiyan"),
        ("志强", "zhiqiang"),
        ("丽华", "lihua"),
        ("国栋", "guodong"),
        ("雪梅", "xuemei"),
    ];

    private static readonly string[] MobilePrefixes = ["135", "136", "138", "139", "150", "158", "186", "188", "199"];

    public static Contact For(Faker faker, DemoOrganisation organisation)
    {
        var surname = faker.PickRandom(Surnames);
        var given = faker.PickRandom(GivenNames);
        // Big cities have 8-digit numbers, the others 7.
        var localDigits = organisation.AreaCode.Length == 3 ? 8 : 7;
        var phone = faker.Random.Bool()
            ? $"{organisation.AreaCode}-{faker.Random.Int(2, 8)}"
                + faker.Random.ReplaceNumbers(new string('#', localDigits - 1))
            : $"{faker.PickRandom(MobilePrefixes)}{faker.Random.ReplaceNumbers("########")}";
        return new Contact(
            surname.Chinese + given.Chinese,
            phone,
            $"{given.Pinyin}.{surname.Pinyin}@{organisation.Domain}"
        );
    }
}
