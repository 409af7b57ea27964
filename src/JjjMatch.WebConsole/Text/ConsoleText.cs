using System.Globalization;
using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;
using Microsoft.AspNetCore.Http;

namespace JjjMatch.WebConsole.Text;

/// <summary>
/// Chinese by default, English when the person chose it (a cookie). Each text is written in both languages where it is
/// used, so a page reads in one place.
/// </summary>
public static class ConsoleText
{
    public const string LanguageCookie = "jjjmatch-console-lang";

    public static bool IsEnglish(this HttpContext context) => context.Request.Cookies[LanguageCookie] == "en";

    public static string Language(this HttpContext context) => context.IsEnglish() ? "en" : "zh-CN";

    public static string L(this HttpContext context, string chinese, string english) =>
        context.IsEnglish() ? english : chinese;

    public static string Province(this HttpContext context, Province province) =>
        province switch
        {
            Contracts.Shared.Province.Beijing => context.L("北京", "Beijing"),
            Contracts.Shared.Province.Tianjin => context.L("天津", "Tianjin"),
            Contracts.Shared.Province.Hebei => context.L("河北", "Hebei"),
            _ => context.L("其他", "Other"),
        };

    public static string Industry(this HttpContext context, string code) =>
        context.IsEnglish() && Industries.Find(code) is { } industry ? industry.English : code;

    public static string Status(this HttpContext context, string status) =>
        status.ToLowerInvariant() switch
        {
            "suggested" => context.L("建议", "Suggested"),
            "claimed" => context.L("已认领", "Claimed"),
            "accepted" => context.L("已引荐", "Accepted"),
            "rejected" => context.L("已驳回", "Rejected"),
            "withdrawn" => context.L("已撤销", "Withdrawn"),
            "draft" => context.L("草稿", "Draft"),
            "published" => context.L("已发布", "Published"),
            "transferred" => context.L("已转化", "Transferred"),
            "open" => context.L("揭榜中", "Open"),
            "awarded" => context.L("已揭榜", "Awarded"),
            "closed" => context.L("已关闭", "Closed"),
            "expired" => context.L("已过期", "Expired"),
            "submitted" => context.L("已提交", "Submitted"),
            "declined" => context.L("未选中", "Declined"),
            _ => status,
        };

    public static string Action(this HttpContext context, string action) =>
        action.ToLowerInvariant() switch
        {
            "claim" => context.L("认领", "Claim"),
            "release" => context.L("释放", "Release"),
            "accept" => context.L("撮合成功", "Accept"),
            "reject" => context.L("驳回", "Reject"),
            "withdraw" => context.L("撤销", "Withdraw"),
            _ => action,
        };

    public static IReadOnlyList<(string Code, string Chinese, string English)> RejectionReasons { get; } =
    [
        ("notRelevant", "不相关", "Not relevant"),
        ("tooEarlyStage", "技术成熟度不足", "Too early a stage"),
        ("price", "价格不合适", "Price"),
        ("intellectualProperty", "知识产权问题", "Intellectual property"),
        ("region", "地域不合适", "Region"),
        ("duplicate", "重复", "Duplicate"),
        ("other", "其他（须填写说明）", "Other (note required)"),
    ];

    public static IReadOnlyList<(string Code, string Chinese, string English)> ContractTypes { get; } =
    [
        ("development", "技术开发", "Development"),
        ("transfer", "技术转让", "Transfer"),
        ("licence", "技术许可", "Licence"),
        ("consulting", "技术咨询", "Consulting"),
        ("service", "技术服务", "Service"),
    ];

    public static string Factor(this HttpContext context, string factor) =>
        factor switch
        {
            "text" => context.L("文本相关度", "Text"),
            "industry" => context.L("行业", "Industry"),
            "maturity" => context.L("成熟度", "Maturity"),
            "region" => context.L("地域", "Region"),
            "price" => context.L("价格", "Price"),
            "cooperation" => context.L("合作方式", "Cooperation"),
            "patents" => context.L("专利", "Patents"),
            _ => factor,
        };

    /// <summary>A notification's type (docs/notifications.md) as a person reads it.</summary>
    public static string Notification(this HttpContext context, string type) =>
        type switch
        {
            "match.suggested" => context.L("新的匹配建议", "New suggestion"),
            "match.rescored" => context.L("匹配度提高", "Score rose"),
            "broker.pairSuggested" => context.L("待审核的新配对", "New pair to review"),
            "match.claimed" => context.L("技术经纪人已认领", "Claimed by a broker"),
            "match.accepted" => context.L("已引荐，可查看对方联系方式", "Introduced: contact now shared"),
            "match.rejected" => context.L("配对被驳回", "Pair rejected"),
            "match.withdrawn" => context.L("配对已撤销", "Pair withdrawn"),
            "deal.recorded" => context.L("已登记成交", "Deal recorded"),
            "application.submitted" => context.L("收到揭榜申请", "New application"),
            "application.awarded" => context.L("您已被确定为揭榜方", "Your application won"),
            "application.declined" => context.L("揭榜申请未被选中", "Application declined"),
            "demand.deadlineSoon" => context.L("揭榜截止日期临近", "Deadline soon"),
            "savedSearch.hit" => context.L("订阅的搜索有新结果", "Saved search hit"),
            "savedSearch.digest" => context.L("订阅搜索日报", "Saved search digest"),
            "webhook.disabled" => context.L("Webhook 已停用", "Webhook disabled"),
            "organisation.approved" => context.L("机构已通过审核", "Organisation approved"),
            "organisation.rejected" => context.L("机构未通过审核", "Organisation rejected"),
            "organisation.suspended" => context.L("机构已被暂停", "Organisation suspended"),
            _ => type,
        };

    /// <summary>An instant as Beijing time (the platform's calendar).</summary>
    public static string Beijing(DateTime utc) =>
        (DateTime.SpecifyKind(utc, DateTimeKind.Utc) + BeijingTime.Offset).ToString(
            "yyyy-MM-dd HH:mm",
            CultureInfo.InvariantCulture
        );

    public static string Money(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Price(this HttpContext context, PriceRange price) =>
        price.IsNegotiable
            ? context.L("面议", "Negotiable")
            : $"{(price.Min is { } min ? Money(min) : "")}–{(price.Max is { } max ? Money(max) : "")} "
                + context.L("元", "CNY");

    public static string Number(double value, string format = "0.00") =>
        value.ToString(format, CultureInfo.InvariantCulture);
}
