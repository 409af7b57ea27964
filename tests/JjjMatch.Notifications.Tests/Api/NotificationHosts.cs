using JjjMatch.Testing;

namespace JjjMatch.Notifications.Tests.Api;

/// <summary>
/// The real host with every service over the in-memory bus (the embedded default), webhooks retried within a second
/// or so
/// and allowed to loopback receivers.
/// </summary>
public abstract class NotificationsHost(DatabaseTarget target, IReadOnlyDictionary<string, string>? settings = null)
    : JjjMatchFactory(target, null, Settings(settings))
{
    public static IReadOnlyDictionary<string, string> Fast { get; } =
        new Dictionary<string, string>
        {
            ["Notifications:Webhooks:AllowPrivateTargets"] = "true",
            ["Notifications:Webhooks:FirstRetryDelay"] = "00:00:00.200",
            ["Notifications:Webhooks:MaxRetryDelay"] = "00:00:01",
            ["Notifications:Webhooks:PollInterval"] = "00:00:00.050",
        };

    private static Dictionary<string, string> Settings(IReadOnlyDictionary<string, string>? extra)
    {
        var all = new Dictionary<string, string>(Fast);
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        return all;
    }
}

public sealed class SqliteHost() : NotificationsHost(DatabaseTarget.Sqlite);

public sealed class PostgreSqlHost() : NotificationsHost(DatabaseTarget.PostgreSql);

/// <summary>The SSRF rule as in production: https to public addresses only; small limits to reach them.</summary>
public sealed class StrictSqliteHost()
    : NotificationsHost(
        DatabaseTarget.Sqlite,
        new Dictionary<string, string>
        {
            ["Notifications:Webhooks:AllowPrivateTargets"] = "false",
            ["Notifications:MaxSavedSearchesPerOrganisation"] = "3",
            ["Notifications:MaxWebhooksPerOrganisation"] = "2",
        }
    );

/// <summary>
/// A retry window of three seconds and endpoints disabled after four seconds of failure, to see both happen.
/// </summary>
public sealed class ShortWindowSqliteHost()
    : NotificationsHost(
        DatabaseTarget.Sqlite,
        new Dictionary<string, string>
        {
            ["Notifications:Webhooks:RetryFor"] = "00:00:03",
            ["Notifications:Webhooks:DisableAfter"] = "00:00:04",
        }
    );
