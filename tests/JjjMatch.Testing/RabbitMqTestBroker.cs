using System.Diagnostics;

namespace JjjMatch.Testing;

/// <summary>
/// The throwaway RabbitMQ node of tests/run-all.sh. Each test gets its own virtual host, so queues and
/// exchanges left by one test never reach another; the node itself can be stopped to simulate an outage.
/// </summary>
public sealed class RabbitMqTestBroker : IAsyncDisposable
{
    private RabbitMqTestBroker(string virtualHost) => VirtualHost = virtualHost;

    public string VirtualHost { get; }

    public string Uri => new UriBuilder(TestServers.RabbitMq) { Path = VirtualHost }.Uri.ToString();

    public static async Task<RabbitMqTestBroker> CreateVirtualHostAsync()
    {
        var broker = new RabbitMqTestBroker("jjj-" + Guid.NewGuid().ToString("N")[..10]);
        await CtlAsync($"add_vhost {broker.VirtualHost}");
        await CtlAsync($"set_permissions -p {broker.VirtualHost} guest \".*\" \".*\" \".*\"");
        return broker;
    }

    public static Task StopAsync() => CtlAsync("stop_app");

    public static Task StartAsync() => CtlAsync("start_app");

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

    public async ValueTask DisposeAsync() => await CtlAsync($"delete_vhost {VirtualHost}");

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
