using System.Text.Json.Nodes;
using JjjMatch.Accounts.Features.Members;
using JjjMatch.Accounts.Features.Organisations;
using JjjMatch.Accounts.Features.People;
using JjjMatch.Accounts.Tokens;
using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Matching.Brokerage.Deals;
using JjjMatch.Matching.Brokerage.Review;
using JjjMatch.Notifications.Features.Recipients;
using JjjMatch.Notifications.Features.SavedSearches;
using JjjMatch.Notifications.Features.Webhooks;

namespace JjjMatch.Host.OpenApi;

/// <summary>An example of every request body, valid as it stands.</summary>
public static class RequestExamples
{
    private static readonly Dictionary<Type, string> Examples = new()
    {
        [typeof(AchievementInput)] = """
            {
              "title": "基于深度学习的钢板表面缺陷视觉检测技术",
              "summary": "针对热轧钢板表面缺陷人工检测漏检率高的问题，提出轻量化深度学习检测模型，在线检测准确率达到99%，已在产线完成中试。",
              "keywords": ["机器视觉", "缺陷检测", "深度学习"],
              "industry": "电子信息-人工智能",
              "technologyField": "人工智能",
              "maturity": { "scale": "TRL", "level": 6 },
              "patents": [ { "number": "ZL201720001285.X", "kind": "invention", "status": "granted" } ],
              "transferModes": ["assignment", "nonExclusiveLicence"],
              "askingPrice": { "min": 500000, "max": 800000 },
              "ownerInstitution": "北京理工大学",
              "region": { "province": "beijing", "city": null },
              "contact": { "name": "张晓明", "phone": "010-68912345", "email": "zhang.xm@bit.edu.cn" }
            }
            """,
        [typeof(DemandInput)] = """
            {
              "title": "高炉煤气余热回收利用技术攻关",
              "problemDescription": "我公司高炉煤气余热利用率不足30%，现有换热设备易结垢、效率低，急需高效、稳定的余热回收技术。",
              "expectedOutcome": "余热回收效率提高到60%以上，并完成工业示范。",
              "industry": "钢铁-节能减排",
              "minimumMaturity": { "scale": "TRL", "level": 6 },
              "bounty": { "min": 1000000, "max": 3000000 },
              "deadline": "2027-06-30",
              "region": { "province": "hebei", "city": "唐山" },
              "cooperationModes": ["jointDevelopment", "technicalService"],
              "anonymous": false,
              "enterpriseName": "唐山钢铁集团有限责任公司",
              "contact": { "name": "李建国", "phone": "0315-2701234", "email": "li.jianguo@tangsteel.com.cn" }
            }
            """,
        [typeof(ApplicationInput)] = """
            {
              "applicantOrganisation": "燕山大学",
              "approachSummary": "采用新型热管换热器与相变储热相结合的方案，分级回收高炉煤气余热，并在线清除结垢。",
              "team": "王教授领衔，团队12人，其中博士5人，长期从事冶金余热利用研究。",
              "milestones": [ { "title": "实验室验证", "month": 4 }, { "title": "工业示范", "month": 12 } ],
              "price": 2000000,
              "durationMonths": 12,
              "contact": { "name": "王建华", "phone": "0335-8057012", "email": "wang.jh@ysu.edu.cn" }
            }
            """,
        [typeof(DealInput)] = """
            {
              "contractType": "transfer",
              "amount": 1200000,
              "technologyAmount": 1000000,
              "signedOn": "2026-12-01",
              "contractNumber": "2026110100012345",
              "title": "钢板表面缺陷视觉检测技术转让合同"
            }
            """,
        [typeof(RejectMatchInput)] = """
            { "reason": "tooEarlyStage", "note": "样机尚未完成中试，企业需要可直接上线的方案。" }
            """,
        [typeof(RegisterOrganisation)] = """
            {
              "name": "燕山大学",
              "nameEn": "Yanshan University",
              "kind": "university",
              "province": "hebei",
              "city": "秦皇岛",
              "creditCode": "121300004017045324",
              "contactName": "王海涛",
              "contactPhone": "0335-8057070",
              "email": "tech.transfer@ysu.edu.cn",
              "password": "Qinhuangdao-2026!",
              "displayName": "王海涛"
            }
            """,
        [typeof(ReviewReason)] = """
            { "reason": "统一社会信用代码与营业执照不符 / The credit code does not match the business licence." }
            """,
        [typeof(PartnerClientBody)] = """
            { "name": "河北省技术市场成果库同步 / Hebei technology market sync" }
            """,
        [typeof(InviteBody)] = """
            { "email": "li.na@ysu.edu.cn", "displayName": "李娜", "role": "member" }
            """,
        [typeof(RoleBody)] = """
            { "role": "admin" }
            """,
        [typeof(CoverageBody)] = """
            { "regions": ["hebei", "tianjin"], "industries": ["钢铁", "装备制造"] }
            """,
        [typeof(SignIn)] = """
            { "email": "university@demo.jjjmatch.cn", "password": "jjjmatch-demo-university" }
            """,
        [typeof(ConfirmEmail)] = """
            { "userId": "0193a6c1-7c2e-7b7a-9d1e-3f6a2b4c5d6e", "token": "CfDJ8…(from the mail's link)" }
            """,
        [typeof(ForgotPassword)] = """
            { "email": "tech.transfer@ysu.edu.cn" }
            """,
        [typeof(PasswordLinkBody)] = """
            {
              "userId": "0193a6c1-7c2e-7b7a-9d1e-3f6a2b4c5d6e",
              "token": "CfDJ8…(from the mail's link)",
              "password": "Qinhuangdao-2027!"
            }
            """,
        [typeof(SettingsInput)] = """
            { "minimumScore": 0.6 }
            """,
        [typeof(SavedSearchInput)] = """
            {
              "name": "钢铁行业余热回收成果",
              "text": "余热回收 换热器",
              "frequency": "daily",
              "digestHour": 9,
              "industry": "钢铁",
              "province": "beijing",
              "maturityMin": 5
            }
            """,
        [typeof(WebhookInput)] = """
            {
              "url": "https://erp.tangsteel.com.cn/hooks/jjjmatch",
              "types": ["application.submitted", "match.accepted"]
            }
            """,
    };

    public static JsonNode? For(Type type) => Examples.TryGetValue(type, out var json) ? JsonNode.Parse(json) : null;
}
