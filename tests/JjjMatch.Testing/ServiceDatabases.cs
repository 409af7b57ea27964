using Npgsql;

namespace JjjMatch.Testing;

/// <summary>
/// Connection settings for one test host's service databases, each created fresh and dropped afterwards.
/// </summary>
public sealed class ServiceDatabases : IDisposable
{
    private static readonly string[] Services = ["Achievements", "Demands", "Matching", "Accounts", "Notifications"];
    private readonly string prefix = "jjj_" + Guid.NewGuid().ToString("N")[..12];

    public ServiceDatabases(DatabaseTarget target)
    {
        Target = target;
        DataDirectory = Path.Combine(Path.GetTempPath(), prefix);
    }

    public DatabaseTarget Target { get; }

    /// <summary>Where the accounts service writes its mails unless the test sends them over SMTP.</summary>
    public string MailFolder => Path.Combine(DataDirectory, "mail");

    public string DataDirectory { get; }

    public IEnumerable<KeyValuePair<string, string>> Settings()
    {
        yield return new("Database:Provider", Target.ToString());
        yield return new("Database:DataDirectory", DataDirectory);
        // The token server's keys and the outgoing mail folder belong with the databases: a host started again on
        // them keeps its keys.
        yield return new("Accounts:KeysDirectory", Path.Combine(DataDirectory, "keys"));
        yield return new("Mail:Folder", MailFolder);
        if (Target == DatabaseTarget.PostgreSql)
        {
            foreach (var service in Services)
            {
                yield return new($"ConnectionStrings:{service}", ConnectionString(service));
            }
        }
    }

    public void Dispose()
    {
        if (Target == DatabaseTarget.PostgreSql)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(TestServers.PostgreSql + ";Database=postgres");
            connection.Open();
            foreach (var service in Services)
            {
                using var drop = new NpgsqlCommand(
                    "DROP DATABASE IF EXISTS " + $"\"{Name(service)}\" WITH (FORCE)",
                    connection
                );
                drop.ExecuteNonQuery();
            }
        }

        if (Target == DatabaseTarget.PostgreSql && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        else if (Directory.Exists(DataDirectory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private string ConnectionString(string service) => $"{TestServers.PostgreSql};Database={Name(service)}";

    private string Name(string service) => $"{prefix}_{service.ToLowerInvariant()}";
}
