using System.Net;
using JjjMatch.Testing;

namespace JjjMatch.Console.Tests;

/// <summary>
/// The real host on a real loopback port (a browser needs a socket), on fresh SQLite databases, with the demo token
/// desk on so that the console offers its demo accounts, and no demo data: each test makes the listings it reads.
/// </summary>
public sealed class ConsoleHost : JjjMatchFactory
{
    public ConsoleHost()
        : base(DatabaseTarget.Sqlite, null, new Dictionary<string, string> { ["Auth:DemoAccounts"] = "true" })
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
    }

    /// <summary>http://127.0.0.1:port/ of the running host.</summary>
    public Uri Address => ClientOptions.BaseAddress;
}
