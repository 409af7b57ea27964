using System.Diagnostics;
using System.Runtime.InteropServices;
using JjjMatch.Host.Hosting;

namespace JjjMatch.Testing;

/// <summary>
/// The host executable in a process of its own (<c>dotnet JjjMatch.Host.dll …</c>, copied beside the tests by the
/// project reference): what an operator sees at start-up, which WebApplicationFactory, catching the entry point's
/// exceptions, cannot show.
/// </summary>
public static class HostProcess
{
    /// <summary>
    /// Runs the host with <paramref name="args"/> in an empty working folder until it exits; killed (by its id) after
    /// <paramref name="timeout"/>.
    /// </summary>
    public static async Task<(int Exit, string Output, string Errors)> RunAsync(
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment,
        params string[] args
    )
    {
        var folder = Directory.CreateTempSubdirectory("jjjmatch-host-");
        var start = StartInfo(folder, args);

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException(
                $"The host did not exit within {timeout}: {await output}{await errors}".TrimEnd()
            );
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        return (process.ExitCode, await output, await errors);
    }

    /// <summary>
    /// Starts the host with <paramref name="settings"/> (as <c>--Key=Value</c> arguments) and leaves it running: the
    /// caller kills it (<see cref="RunningHost.KillAsync"/>: SIGKILL, no graceful stop) or disposes it.
    /// </summary>
    public static RunningHost Start(IReadOnlyDictionary<string, string> settings)
    {
        var folder = Directory.CreateTempSubdirectory("jjjmatch-host-");
        var start = StartInfo(folder, settings.Select(s => $"--{s.Key}={s.Value}"));
        return new RunningHost(Process.Start(start)!, folder);
    }

    /// <summary>The host's dll with <paramref name="args"/> in <paramref name="folder"/>, output captured.</summary>
    private static ProcessStartInfo StartInfo(DirectoryInfo folder, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder.FullName,
        };
        start.ArgumentList.Add(typeof(ApiHost).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>The dotnet host running these tests, so the host runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        if (Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var besideRuntime = Path.GetFullPath(
            Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", "dotnet")
        );
        return File.Exists(besideRuntime) ? besideRuntime : "dotnet";
    }
}

/// <summary>A host process started by <see cref="HostProcess.Start"/>; its output is kept for failures.</summary>
public sealed class RunningHost : IAsyncDisposable
{
    private readonly Process process;
    private readonly DirectoryInfo folder;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> lines = new();

    internal RunningHost(Process process, DirectoryInfo folder)
    {
        this.process = process;
        this.folder = folder;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public bool HasExited => process.HasExited;

    /// <summary>The last lines it wrote (stdout and stderr).</summary>
    public string Output => string.Join('\n', lines);

    /// <summary>Kills the process at once (SIGKILL on Linux): no graceful stop, no drain, nothing flushed.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
        folder.Delete(recursive: true);
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lines.Enqueue(line);
        while (lines.Count > 200)
        {
            lines.TryDequeue(out _);
        }
    }
}
