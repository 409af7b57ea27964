using System.Globalization;

namespace JjjMatch.Bench.Speed.Measure;

/// <summary>Resident memory of this process's mappings of files under a folder (<c>/proc/self/smaps</c>).</summary>
public static class MappedMemory
{
    public static long? ResidentBytesUnder(string folder)
    {
        const string Smaps = "/proc/self/smaps";
        if (!File.Exists(Smaps))
        {
            return null;
        }

        var prefix = Path.GetFullPath(folder);
        var inFolder = false;
        var kib = 0L;
        foreach (var line in File.ReadLines(Smaps))
        {
            if (line.Length > 0 && char.IsAsciiHexDigit(line[0]) && line.Contains('-', StringComparison.Ordinal))
            {
                var path = line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 6 } fields
                    ? fields[5]
                    : "";
                inFolder = path.StartsWith(prefix, StringComparison.Ordinal);
            }
            else if (inFolder && line.StartsWith("Rss:", StringComparison.Ordinal))
            {
                kib += long.Parse(
                    line["Rss:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(),
                    CultureInfo.InvariantCulture
                );
            }
        }

        return kib * 1024;
    }
}
