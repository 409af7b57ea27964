using System.Globalization;

namespace JjjMatch.Bench.Speed.Measure;

/// <summary>
/// CPU time a process has used (user + system, /proc/PID/stat fields 14 and 15). Unlike wall-clock latency it
/// barely changes when other processes compete for the cores, so it tells what a piece of work costs.
/// </summary>
public static class ProcessCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>Null when the process is gone or /proc is not there.</summary>
    public static TimeSpan? Read(int processId)
    {
        try
        {
            return Parse(File.ReadAllText($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/stat"));
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads utime and stime from a /proc/PID/stat line; the command name in brackets may hold spaces.
    /// </summary>
    public static TimeSpan? Parse(string stat)
    {
        ArgumentNullException.ThrowIfNull(stat);
        var afterName = stat.LastIndexOf(')');
        if (afterName < 0)
        {
            return null;
        }
        // After "pid (comm)" come the fields from 3 (state) on, so utime (14) and stime (15) are at 11 and 12.
        var fields = stat[(afterName + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return
            fields.Length > 12
            && long.TryParse(fields[11], NumberStyles.None, CultureInfo.InvariantCulture, out var user)
            && long.TryParse(fields[12], NumberStyles.None, CultureInfo.InvariantCulture, out var system)
            ? TimeSpan.FromSeconds((user + system) / TicksPerSecond)
            : null;
    }
}
