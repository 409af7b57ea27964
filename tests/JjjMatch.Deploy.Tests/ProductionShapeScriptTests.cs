using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace JjjMatch.Deploy.Tests;

/// <summary>
/// docs/operations.md's five processes on one machine are the commands of deploy/local/run-production-shape.sh;
/// this follows them here: PostgreSQL with password authentication, a RabbitMQ node and the five services, each on
/// a free port with its own database login, then an achievement and a demand through the API until the matcher
/// suggests the pair, and a token of the accounts process accepted by the others through <c>Auth:Authority</c>.
/// </summary>
public sealed partial class ProductionShapeScriptTests
{
    private const string Script = "deploy/local/run-production-shape.sh";

    [Fact]
    public void The_guide_runs_the_script_and_only_commands_it_has()
    {
        var guide = RepoFiles.Read("docs/operations.md");
        var commands = ScriptCommands();

        guide.ShouldContain(Script);
        var used = GuideCommand().Matches(guide).Select(m => m.Groups[1].Value).Distinct().ToList();
        used.ShouldBeSubsetOf(commands);
        new[] { "start", "check", "stop", "restart", "clean" }.ShouldBeSubsetOf(used);
    }

    [Fact]
    public async Task The_script_starts_the_five_services_sees_a_suggestion_stops_and_cleans_up()
    {
        var state = Path.Combine(Path.GetTempPath(), "jjjmatch-shape-" + Guid.NewGuid().ToString("N")[..8]);
        var environment = Environment(state);
        try
        {
            var started = await RunAsync("start", environment, TimeSpan.FromMinutes(5));
            Regex.Count(started, @"==> \w+ ready: (Healthy|Degraded)").ShouldBe(Services.Length, started);
            Services.ShouldAllBe(s => started.Contains($"==> {s} ready: "), started);

            var checkedOutput = await RunAsync("check", environment, TimeSpan.FromMinutes(1));
            checkedOutput.ShouldContain("a wrong password and jjjmatch_matching are refused");
            Regex.Count(checkedOutput, "/health/ready: 200 ").ShouldBe(Services.Length, checkedOutput);
            Services.ShouldAllBe(s => checkedOutput.Contains($"login jjjmatch_{s}: own password opens"), checkedOutput);
            checkedOutput.ShouldContain("broker Healthy");

            var smoke = await RunAsync("smoke", environment, TimeSpan.FromMinutes(3));
            smoke.ShouldContain("==> suggested: \"score\":");
            smoke.ShouldMatch(
                @"==> token server http://127\.0\.0\.1:\d+/: discovery, [1-9] signing key\(s\) at its JWKS"
            );
            smoke.ShouldContain("==> achievements and notifications accept the accounts process's token");

            // A first start on empty databases logs no failure (EF's probe of __EFMigrationsHistory used to).
            foreach (var service in Services)
            {
                var log = await File.ReadAllTextAsync(Path.Combine(state, "logs", service + ".log"));
                log.ShouldNotContain("fail:", customMessage: log);
                log.ShouldContain("applied migrations");
            }

            var pids = Directory.GetFiles(Path.Combine(state, "run"), "*.pid").Select(File.ReadAllText).ToList();
            await RunAsync("stop", environment, TimeSpan.FromMinutes(3));
            pids.ShouldAllBe(pid => !IsRunning(pid.Trim()));
        }
        finally
        {
            await RunAsync("clean", environment, TimeSpan.FromMinutes(3));
        }

        Directory.Exists(state).ShouldBeFalse();
    }

    private static readonly string[] Services = ["accounts", "achievements", "demands", "matching", "notifications"];

    private static Dictionary<string, string> Environment(string state)
    {
        var ports = FreePorts(9);
        // bin/<configuration>/net10.0/
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar))
            .Parent!
            .Name;
        return new Dictionary<string, string>
        {
            ["JJJ_STATE"] = state,
            ["JJJ_PG_PORT"] = ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["JJJ_AMQP_PORT"] = ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["JJJ_RABBIT_DIST_PORT"] = ports[2].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["JJJ_EPMD_PORT"] = ports[3].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["JJJ_ACHIEVEMENTS_PORT"] = ports[4].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["JJJ_DEMANDS_PORT"] = ports[5].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["JJJ_MATCHING_PORT"] = ports[6].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["JJJ_ACCOUNTS_PORT"] = ports[7].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["JJJ_NOTIFICATIONS_PORT"] = ports[8].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["JJJ_HOST_DLL"] = RepoFiles.PathOf($"src/JjjMatch.Host/bin/{configuration}/net10.0/JjjMatch.Host.dll"),
            ["JJJ_BUILD"] = "0",
        };
    }

    /// <summary>Distinct loopback ports that nothing listens on now (each was bound once, then released).</summary>
    private static List<int> FreePorts(int count)
    {
        var listeners = Enumerable
            .Range(0, count)
            .Select(_ =>
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                return listener;
            })
            .ToList();
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToList();
        listeners.ForEach(l => l.Stop());
        return ports;
    }

    private static async Task<string> RunAsync(string command, Dictionary<string, string> environment, TimeSpan limit)
    {
        var start = new ProcessStartInfo("bash", [RepoFiles.PathOf(Script), command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = RepoFiles.Root,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"{Script} {command} still running after {limit}:\n{await output}{await errors}"
            );
        }

        var all = await output + await errors;
        process.ExitCode.ShouldBe(0, $"{Script} {command}:\n{all}");
        return all;
    }

    private static HashSet<string> ScriptCommands() =>
        [.. ScriptCase().Matches(RepoFiles.Read(Script)).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"run-production-shape\.sh (\w+)")]
    private static partial Regex GuideCommand();

    [GeneratedRegex(@"^  (\w+)\) ", RegexOptions.Multiline)]
    private static partial Regex ScriptCase();

    /// <summary>Gone, or a zombie waiting for its parent to collect it: either way it runs no more.</summary>
    private static bool IsRunning(string pid)
    {
        var stat = $"/proc/{pid}/stat";
        return File.Exists(stat) && File.ReadAllText(stat).Split(") ")[^1][0] != 'Z';
    }
}
