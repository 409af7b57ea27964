using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JjjMatch.Accounts.Mail;

/// <summary>One mail to one person; the body holds a link, so it is never logged.</summary>
public sealed record OutgoingMail(string To, string Subject, string Text);

public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

internal static class Mime
{
    public static MimeMessage From(MailOptions options, OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Text };
        return message;
    }
}

/// <summary>
/// Sends over SMTP with MailKit, a connection per mail (mails here are rare: sign-ups, resets, invitations).
/// </summary>
internal sealed class SmtpMailSender(IOptions<MailOptions> options, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        var security = settings.Security switch
        {
            MailSecurity.Required => SecureSocketOptions.StartTls,
            MailSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        };
        await client.ConnectAsync(settings.Host!, settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(Mime.From(settings, mail), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        logger.LogInformation("Mail '{Subject}' sent over SMTP", mail.Subject);
    }
}

/// <summary>Writes each mail as an .eml file instead of sending it: the embedded default's mailbox.</summary>
internal sealed class FolderMailSender(IOptions<MailOptions> options, ILogger<FolderMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(options.Value.Folder!).FullName;
        var path = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        await Mime.From(options.Value, mail).WriteToAsync(path, cancellationToken);
        logger.LogInformation("Mail '{Subject}' written to {Path}", mail.Subject, path);
    }
}
