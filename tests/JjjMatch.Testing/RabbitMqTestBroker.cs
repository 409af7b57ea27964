using System.Diagnostics;

namespace JjjMatch.Testing;

/// <summary>
/// The throwaway RabbitMQ node of tests/run-all.sh. Each test gets its own virtual host, so queues and
/// exchanges left by one test never reach another, and reaches it through a relay of its own, so it can take the
/// broker down for its hosts alone: the node is shared by every test assembly, which run at the same time.
/// </summary>
public sealed class RabbitMqTestBroker : IAsyncDisposable
{
    private static Uri Node => new(TestServers.RabbitMq);
    private readonly List<string> users = [];
    private readonly LoopbackRelay relay = new(Node.Host, Node.Port);

    private RabbitMqTestBroker(string virtualHost) => VirtualHost = virtualHost;

    public string VirtualHost { get; }

    public string Uri => new UriBuilder(Node) { Port = relay.Port, Path = VirtualHost }.Uri.ToString();

    public static async Task<RabbitMqTestBroker> CreateVirtualHostAsync()
    {
        var broker = new RabbitMqTestBroker("jjj-" + Guid.NewGuid().ToString("N")[..10]);
        await CtlAsync($"add_vhost {broker.VirtualHost}");
        await CtlAsync($"set_permissions -p {broker.VirtualHost} guest \".*\" \".*\" \".*\"");
        return broker;
    }

    /// <summary>
    /// A login of its own on this virtual host, for one host of a test: its connections can then be closed alone
    /// (<see cref="CloseConnectionsAsync"/>). Returns the broker address with that login.
    /// </summary>
    public async Task<string> AddUserAsync(string name)
    {
        var user = $"{VirtualHost}-{name}";
        var password = Guid.NewGuid().ToString("N");
        await CtlAsync($"add_user {user} {password}");
        users.Add(user);
        await CtlAsync($"set_permissions -p {VirtualHost} {user} \".*\" \".*\" \".*\"");
        return new UriBuilder(Uri) { UserName = user, Password = password }.Uri.ToString();
    }

    /// <summary>
    /// Closes every connection of a login made by <see cref="AddUserAsync"/>, as a network failure would.
    /// </summary>
    public Task CloseConnectionsAsync(string name) =>
        CtlAsync($"close_all_user_connections {VirtualHost}-{name} \"closed by the test\"");

    /// <summary>
    /// An outage as this broker's clients see it, as after <c>rabbitmqctl stop_app</c>: their connections reset, new
    /// ones refused, until <see cref="BringBack"/>.
    /// </summary>
    public void TakeDown() => relay.TakeDown();

    public void BringBack() => relay.BringBack();

    /// <summary>Messages waiting in each queue of this virtual host.</summary>
    public async Task<IReadOnlyDictionary<string, int>> QueuesAsync()
    {
        var output = await CtlAsync($"list_queues -p {VirtualHost} --quiet --no-table-headers name messages");
        return output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t', ' '))
            .Where(parts => parts.Length >= 2 && int.TryParse(parts[^1], out _))
            .ToDictionary(
                parts => parts[0],
                parts => int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture)
            );
    }

    public async ValueTask DisposeAsync()
    {
        relay.Dispose();
        await CtlAsync($"delete_vhost {VirtualHost}");
        foreach (var user in users)
        {
            await CtlAsync($"delete_user {user}");
        }
    }

    private static async Task<string> CtlAsync(string arguments)
    {
        var start = new ProcessStartInfo("sh", ["-c", $"{TestServers.RabbitMqCtl} {arguments}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"rabbitmqctl {arguments} failed " + $"({process.ExitCode}): {error}{output}"
            );
        }

        return output;
    }
}
