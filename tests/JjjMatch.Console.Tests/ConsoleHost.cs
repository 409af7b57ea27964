using System.Globalization;
using System.Net;
using System.Net.Sockets;
using JjjMatch.Testing;

namespace JjjMatch.Console.Tests;

/// <summary>
/// The real host on a real loopback port (a browser needs a socket), on fresh SQLite databases, with the demo token
/// desk on so that the console offers its demo accounts, and no demo data: each test makes the listings it reads. The
/// port is chosen before the host starts so that the token server's issuer and the console's redirect URI name it.
/// </summary>
public sealed class ConsoleHost : JjjMatchFactory
{
    /// <param name="services">The services to host (<c>--services</c>); all by default.</param>
    public ConsoleHost(string? services = null)
        : this(FreePort(), services) { }

    private ConsoleHost(int port, string? services)
        : base(DatabaseTarget.Sqlite, services, Settings(port))
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        StartServer();
    }

    /// <summary>http://127.0.0.1:port/ of the running host.</summary>
    public Uri Address => ClientOptions.BaseAddress;

    private static Dictionary<string, string> Settings(int port)
    {
        var origin = "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
        return new Dictionary<string, string>
        {
            ["Auth:DemoAccounts"] = "true",
            ["Accounts:Issuer"] = origin + "/",
            ["Accounts:PublicBaseUrl"] = origin,
            ["Accounts:ConsoleRedirectUris"] = origin + "/console/signin-callback",
            ["Console:PublicBaseUrl"] = origin,
        };
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
