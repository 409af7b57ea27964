namespace JjjMatch.Host.OpenApi;

/// <summary>
/// What each query and path parameter means, with its unit and range, by its camelCase name; a path-specific entry
/// ("/api/demands maturity") wins over the general one. The OpenAPI test fails for a parameter missing here.
/// </summary>
public static class QueryParameterDocs
{
    public sealed record Doc(string Description, double? Minimum = null, double? Maximum = null);

    private const string BeijingDate =
        "Calendar date yyyy-MM-dd in Beijing time (UTC+8), inclusive, e.g. 2026-12-07 / 北京时间日期（含当日）";

    private const string Instant =
        "Instant in ISO 8601 with an offset, e.g. 2026-12-07T00:00:00+08:00 (midnight in Beijing) or "
        + "2026-12-06T16:00:00Z; compared in UTC";

    private static readonly Dictionary<string, Doc> Docs = new(StringComparer.Ordinal)
    {
        ["id"] = new("The resource's id (a GUID as returned when it was created)"),
        ["applicationId"] = new("The application's id (a GUID)"),
        ["account"] = new("Demo account: university, enterprise, intermediary or operator (embedded default only)"),
        ["text"] = new(
            "Words to find in the title, summary or description and keywords; every word must occur (AND), matched "
                + "literally and case-insensitively; Chinese is matched as typed (缺陷检测 finds 缺陷检测). Punctuation "
                + "such as quotes separates words. At most 200 characters / 关键词，多个词以空格分隔，须全部出现"
        ),
        ["industry"] = new(
            "Industry code from GET /api/taxonomy/industries: a main category (钢铁) includes its sub-categories "
                + "(钢铁-节能减排) / 行业代码"
        ),
        ["province"] = new("beijing, tianjin, hebei or other / 省份"),
        ["city"] = new("City in Chinese, e.g. 唐山 (Hebei's cities: GET /api/taxonomy/hebei-cities) / 城市"),
        ["maturityMin"] = new(
            "Lowest technology readiness level (TRL, GB/T 22900, 1 = basic principles … 9 = proven in production) an "
                + "achievement must have",
            1,
            9
        ),
        ["maturityMax"] = new("Highest technology readiness level (TRL 1–9) an achievement may have", 1, 9),
        ["/api/demands maturity"] = new(
            "The maturity of an achievement you hold (TRL 1–9): keeps the open lists it qualifies for, i.e. those "
                + "whose minimum maturity is at most this level and those that set no minimum. maturity=5 keeps "
                + "\"minimum TRL 4\" and \"any\", not \"minimum TRL 7\" / 成熟度：返回最低成熟度不高于该等级的需求",
            1,
            9
        ),
        ["transferMode"] = new(
            "Keeps achievements offered this way: exclusiveLicence, nonExclusiveLicence, assignment, equity, "
                + "jointDevelopment or technicalService / 转化方式"
        ),
        ["status"] = new(
            "Lifecycle state; achievements: draft (only the caller's own), published (default), withdrawn, "
                + "transferred; demands: draft (own), open (default), awarded, closed, expired; applications: "
                + "submitted, withdrawn, awarded, declined / 状态"
        ),
        ["page"] = new("Page number, from 1; a page past the end is empty / 页码", 1),
        ["pageSize"] = new("Items per page, 1 to 100 (default 20) / 每页条数", 1, 100),
        ["sort"] = new(
            "Sort key, descending with a leading '-': updatedAt, publishedAt, title, maturity, price (achievements); "
                + "deadline, updatedAt, openedAt, bounty, title (demands). Default -updatedAt / 排序"
        ),
        ["bountyMin"] = new("Keeps demands whose bounty range reaches at least this amount, in CNY (yuan)", 0),
        ["bountyMax"] = new("Keeps demands whose bounty range starts at or below this amount, in CNY (yuan)", 0),
        ["deadlineAfter"] = new("Keeps demands whose deadline (last day) is on or after this day. " + BeijingDate),
        ["deadlineBefore"] = new("Keeps demands whose deadline (last day) is on or before this day. " + BeijingDate),
        ["demandId"] = new("Suggestions for this demand (its id); give demandId or achievementId"),
        ["achievementId"] = new("Suggestions for this achievement (its id); give demandId or achievementId"),
        ["region"] = new("Pairs with either side in this province: beijing, tianjin, hebei or other"),
        ["minScore"] = new("Lowest match score, 0 to 1", 0, 1),
        ["maxAgeDays"] = new("Only suggestions made within this many days, 1 to 3650", 1, 3650),
        ["suggestedAfter"] = new("Only suggestions made after this instant. " + Instant),
        ["suggestedBefore"] = new("Only suggestions made before this instant. " + Instant),
        ["from"] = new("First day of the period. " + BeijingDate),
        ["to"] = new("Last day of the period. " + BeijingDate),
        ["groupBy"] = new("Split the figures by month, quarter or year (Beijing calendar); none for one total"),
        ["basis"] = new(
            "activity (default): each step counted in the period it happened; cohort: the pairs suggested in the "
                + "period, followed to whatever step they reached"
        ),
        ["type"] = new("Contract type: development, transfer, licence, consulting or service / 合同类型"),
        ["sellerProvince"] = new("The selling party's province: beijing, tianjin, hebei or other"),
        ["buyerProvince"] = new("The buying party's province: beijing, tianjin, hebei or other"),
        ["userId"] = new("The member's person id (a GUID, from GET /api/organisations/{id}/members) / 成员编号"),
        ["deliveryId"] = new("The delivery's id (a GUID, from GET /api/webhooks/{id}/deliveries) / 投递编号"),
        ["unread"] = new("true: only notifications not yet marked read; false or absent: all / 仅未读"),
        ["format"] = new("csv (default, UTF-8 with BOM for spreadsheet programs) or json"),
    };

    public static Doc? For(string path, string name) =>
        Docs.GetValueOrDefault($"{path} {name}") ?? Docs.GetValueOrDefault(name);
}
