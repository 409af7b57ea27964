using System.Text.RegularExpressions;
using JjjMatch.Testing;
using MimeKit;

namespace JjjMatch.Accounts.Tests;

/// <summary>
/// The mails a test host sent: the loopback SMTP server's Maildir (what a person's mail client would get), or the
/// folder the embedded default writes to.
/// </summary>
public sealed partial class Mailbox
{
    private readonly string directory;

    private Mailbox(string directory) => this.directory = directory;

    public static Mailbox Smtp() => new(Path.Combine(TestServers.Maildir, "new"));

    public static Mailbox Folder(string folder) => new(folder);

    public static (string Host, int Port) SmtpEndpoint()
    {
        var parts = TestServers.Smtp.Split(':');
        return (parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Every mail to <paramref name="address"/> so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> To(string address)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory
            .GetFiles(directory)
            .Select(f => (File: f, Time: File.GetLastWriteTimeUtc(f)))
            .OrderBy(f => f.Time)
            .ThenBy(f => f.File, StringComparer.Ordinal)
            .Select(f => MimeMessage.Load(f.File))
            .Where(m => m.To.Mailboxes.Any(b => b.Address.Equals(address, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>Waits for the <paramref name="count"/>th mail to the address (SMTP delivery takes a moment).</summary>
    public async Task<MimeMessage> WaitForAsync(string address, int count = 1)
    {
        var mails = await Eventually.WaitForAsync(
            () => Task.FromResult(To(address)),
            m => m.Count >= count,
            TimeSpan.FromSeconds(15),
            $"mail #{count} to {address}"
        );
        return mails[count - 1];
    }

    /// <summary>The link in a mail, and its userId and token as the page would send them.</summary>
    public static (Uri Link, Guid UserId, string Token) LinkIn(MimeMessage mail)
    {
        var match = LinkPattern().Match(mail.TextBody ?? "");
        match.Success.ShouldBeTrue($"no link in: {mail.TextBody}");
        var link = new Uri(match.Value);
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        return (link, Guid.Parse(query["userId"]!), query["token"]!);
    }

    [GeneratedRegex(@"https?://\S+\?userId=[0-9a-f-]+&token=\S+")]
    private static partial Regex LinkPattern();
}
