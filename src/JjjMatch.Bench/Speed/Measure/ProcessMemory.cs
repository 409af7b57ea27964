using System.Globalization;

namespace JjjMatch.Bench.Speed.Measure;

/// <summary>
/// Resident memory of a process as Linux counts it (/proc/PID/status): VmRSS now and VmHWM, the peak
/// ("high water mark") since the process started. Process.PeakWorkingSet64 reads the same VmHWM.
/// </summary>
public sealed record ProcessMemory(long ResidentBytes, long PeakResidentBytes)
{
    public double ResidentMiB => ResidentBytes / 1048576.0;

    public double PeakResidentMiB => PeakResidentBytes / 1048576.0;

    /// <summary>Null when the process is gone or /proc is not there (not Linux).</summary>
    public static ProcessMemory? Read(int processId)
    {
        try
        {
            return Parse(File.ReadAllText($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status"));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Reads VmRSS and VmHWM ("VmHWM:   123456 kB") out of a /proc/PID/status text.</summary>
    public static ProcessMemory? Parse(string status)
    {
        ArgumentNullException.ThrowIfNull(status);
        long? rss = null,
            hwm = null;
        foreach (var line in status.Split('\n'))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                hwm = Kilobytes(line);
            }
        }

        return rss is { } r && hwm is { } h ? new ProcessMemory(r * 1024, h * 1024) : null;
    }

    private static long Kilobytes(string line) =>
        long.Parse(
            line[(line.IndexOf(':') + 1)..].Replace("kB", "", StringComparison.Ordinal).Trim(),
            CultureInfo.InvariantCulture
        );
}
