using System.Runtime.InteropServices;

namespace JjjMatch.Bench.Speed;

/// <summary>What the figures were measured on: CPU model (as lscpu names it), cores, memory, OS, runtime.</summary>
public static class MachineInfo
{
    public static string Describe()
    {
        var model = Line("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory =
            Line("/proc/meminfo", "MemTotal") is { } total
            && long.TryParse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], out var kb)
                ? $"{kb / 1048576.0:0} GiB"
                : "? GiB";
        return $"{Environment.ProcessorCount} cores, \"{model}\", {memory}, "
            + $"{RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    }

    /// <summary>
    /// The 1, 5 and 15 minute load averages: above the core count, something else competed for the CPU.
    /// </summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static string? Line(string path, string key)
    {
        try
        {
            return File.ReadLines(path)
                .Where(l => l.StartsWith(key, StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf(':') + 1)..].Trim())
                .FirstOrDefault();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
