namespace JjjMatch.Accounts.Mail;

/// <summary>
/// Outgoing mail (section <c>Mail</c>): over SMTP when <see cref="Host"/> is set, else into <see cref="Folder"/> as
/// .eml files (the embedded default's data/mail, announced at start).
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>STARTTLS when the server offers it (Auto), always (Required) or never (None: loopback only).</summary>
    public MailSecurity Security { get; set; } = MailSecurity.Auto;

    public string? UserName { get; set; }

    /// <summary>A secret: never logged.</summary>
    public string? Password { get; set; }

    public string From { get; set; } = "no-reply@jjjmatch.local";

    public string FromName { get; set; } = "京津冀科技成果对接平台 JjjMatch";

    public string? Folder { get; set; }
}

public enum MailSecurity
{
    Auto,
    Required,
    None,
}
