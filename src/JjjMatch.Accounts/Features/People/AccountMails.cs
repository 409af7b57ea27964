using JjjMatch.Accounts.Mail;

namespace JjjMatch.Accounts.Features.People;

/// <summary>The mails people get, in Chinese and English.</summary>
public static class AccountMails
{
    public static OutgoingMail Confirm(string to, string organisation, string link) =>
        new(
            to,
            "请确认您的邮箱 / Confirm your email address",
            $"""
            您好，

            您为「{organisation}」在京津冀科技成果对接平台注册了账户。请打开以下链接确认邮箱（链接仅可使用一次，过期失效）：
            {link}

            Hello,

            You registered an account for "{organisation}" on JjjMatch. Open this link to confirm your address (it works
            once and expires):
            {link}

            如非本人操作，请忽略此邮件。 If this was not you, ignore this mail.
            """
        );

    public static OutgoingMail AlreadyRegistered(string to) =>
        new(
            to,
            "注册提醒 / Someone tried to register with your address",
            """
            您好，有人尝试用此邮箱注册新账户，但该邮箱已有账户。如忘记密码，请在登录页选择“忘记密码”。
            Hello, someone tried to register a new account with this address, which already has one. If you forgot your
            password, use "forgot password" on the sign-in page.
            """
        );

    public static OutgoingMail Reset(string to, string link) =>
        new(
            to,
            "重置密码 / Reset your password",
            $"""
            请打开以下链接设置新密码（仅可使用一次，过期失效）：
            {link}

            Open this link to set a new password (it works once and expires):
            {link}

            如非本人操作，请忽略此邮件，您的密码不会改变。 If this was not you, ignore this mail: your password stays.
            """
        );

    public static OutgoingMail Invitation(string to, string organisation, string link) =>
        new(
            to,
            $"邀请加入「{organisation}」/ Invitation to join {organisation}",
            $"""
            「{organisation}」的管理员邀请您加入京津冀科技成果对接平台。请打开以下链接设置密码（仅可使用一次，过期失效）：
            {link}

            The administrator of "{organisation}" invites you to JjjMatch. Open this link to set your password (it works
            once and expires):
            {link}
            """
        );

    public static OutgoingMail Reviewed(string to, string organisation, string outcome, string? reason) =>
        new(
            to,
            $"机构审核结果 / Organisation review: {outcome}",
            $"""
            「{organisation}」: {outcome}
            {(reason is null ? "" : "原因 / Reason: " + reason)}
            """
        );
}
