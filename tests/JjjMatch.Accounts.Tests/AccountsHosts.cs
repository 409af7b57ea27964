using JjjMatch.Testing;
using Microsoft.AspNetCore.Hosting;

namespace JjjMatch.Accounts.Tests;

/// <summary>
/// Every service in one process (accounts, achievements, demands, matching) over the in-memory bus, on fresh
/// databases; mail goes to the loopback SMTP server when <paramref name="smtp"/>, else to the host's mail folder.
/// </summary>
public abstract class AccountsHost(
    DatabaseTarget target,
    bool smtp,
    IReadOnlyDictionary<string, string>? settings = null
) : JjjMatchFactory(target, null, settings ?? new Dictionary<string, string>())
{
    public Mailbox Mail => smtp ? Mailbox.Smtp() : Mailbox.Folder(Databases.MailFolder);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (smtp)
        {
            var (host, port) = Mailbox.SmtpEndpoint();
            builder.UseSetting("Mail:Host", host);
            builder.UseSetting("Mail:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Mail:Security", "None");
        }
    }
}

public sealed class SmtpSqliteHost() : AccountsHost(DatabaseTarget.Sqlite, smtp: true);

public sealed class SmtpPostgreSqlHost() : AccountsHost(DatabaseTarget.PostgreSql, smtp: true);

public sealed class FolderSqliteHost() : AccountsHost(DatabaseTarget.Sqlite, smtp: false);

public sealed class FolderPostgreSqlHost() : AccountsHost(DatabaseTarget.PostgreSql, smtp: false);
