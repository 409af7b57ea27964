using System.Diagnostics;
using System.Runtime.InteropServices;
using JjjMatch.Bench.Speed.Measure;
using JjjMatch.Host.Hosting;

namespace JjjMatch.Bench.Speed.EndToEnd;

/// <summary>
/// One service in a process of its own: the host executable started with <c>dotnet JjjMatch.Host.dll --services
/// NAME</c>
/// (the build copies it, a project reference, beside the benchmark), its output in a log file in the work folder.
/// Stopped (killed, by its process id) on dispose.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;

    private ServiceProcess(string service, Process process, StreamWriter log, Uri baseAddress, string logPath)
    {
        Service = service;
        this.process = process;
        this.log = log;
        BaseAddress = baseAddress;
        LogPath = logPath;
    }

    public string Service { get; }

    public Uri BaseAddress { get; }

    public string LogPath { get; }

    public int Id => process.Id;

    public ProcessMemory? Memory => ProcessMemory.Read(process.Id);

    public TimeSpan Cpu => ProcessCpu.Read(process.Id) ?? TimeSpan.Zero;

    public static ServiceProcess Start(string service, IEnumerable<string> settings, string logDirectory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(ApiHost).Assembly.Location);
        start.ArgumentList.Add("--services");
        start.ArgumentList.Add(service);
        foreach (
            var setting in settings
                .Concat(BenchAuth.HostSettings)
                .Append($"Urls={baseAddress.ToString().TrimEnd('/')}")
                .Append("DemoData:Enabled=false")
                .Append("Logging:LogLevel:Default=Warning")
                .Append("Logging:LogLevel:Microsoft.Hosting.Lifetime=Information")
        )
        {
            start.ArgumentList.Add("--" + setting);
        }

        var logPath = Path.Combine(logDirectory, service + ".log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) => Write(log, line.Data);
        process.ErrorDataReceived += (_, line) => Write(log, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServiceProcess(service, process, log, baseAddress, logPath);
    }

    /// <summary>
    /// Waits until /health/ready answers 200 (databases reachable, index loaded); fails with the log's tail if the
    /// process ends first.
    /// </summary>
    public async Task<TimeSpan> WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The {Service} service exited with code "
                        + $"{process.ExitCode}. Its log ({LogPath}) ends:\n{Tail()}"
                );
            }

            try
            {
                using var response = await http.GetAsync("health/ready", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return Stopwatch.GetElapsedTime(started);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Busy loading; ask again.
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException(
            $"The {Service} service was not ready " + $"after {timeout}. Its log ({LogPath}) ends:\n{Tail()}"
        );
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        lock (log)
        {
            log.Dispose();
        }
    }

    private string Tail()
    {
        lock (log)
        {
            log.Flush();
        }

        using var reader = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var text = new StreamReader(reader);
        var lines = text.ReadToEnd().Split('\n');
        // The first failure says what went wrong; the stack frames after it rarely do.
        var first = Array.FindIndex(lines, l =>
            l.StartsWith("fail:", StringComparison.Ordinal)
            || l.StartsWith("crit:", StringComparison.Ordinal)
            || l.Contains("Unhandled exception", StringComparison.Ordinal)
        );
        return string.Join('\n', first >= 0 ? lines.Skip(first).Take(12) : lines.TakeLast(20));
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }
    }

    /// <summary>The dotnet host that runs this process, so the services run on the same runtime.</summary>
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
