using System.Globalization;

namespace JjjMatch.Architecture.Tests;

/// <summary>
/// CSharpier lays code out at 120 columns but cannot break a long string literal, raw SQL or JSON: this keeps those
/// lines within the limit too. Lengths are in characters (Unicode scalars), not bytes, so a line of Chinese text
/// counts as it reads.
/// </summary>
public sealed class LineLengthRules
{
    private const int MaxLength = 120;

    [Fact]
    public void No_source_line_is_longer_than_120_characters()
    {
        var files = SourceFiles().Order(StringComparer.Ordinal).ToList();
        files.Count.ShouldBeGreaterThan(100, "the walk found the sources, so the rule cannot pass by reading none");

        var tooLong = files.SelectMany(LongLines).ToList();

        tooLong.ShouldBeEmpty(
            $"lines over {MaxLength} characters: wrap them by hand, CSharpier does not break strings"
        );
    }

    [Fact]
    public void A_line_is_measured_in_characters_not_bytes()
    {
        var file = Path.Combine(Path.GetTempPath(), $"jjjmatch-line-length-{Guid.NewGuid():N}.cs");
        File.WriteAllLines(file, [new string('中', MaxLength), new string('中', MaxLength + 1), "短"]);
        try
        {
            LongLines(file).ShouldBe([$"{Relative(file)}:2: {MaxLength + 1}"]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Every .cs file under src/ and tests/, leaving out what the build writes to bin/ and obj/.</summary>
    private static IEnumerable<string> SourceFiles() =>
        new[] { "src", "tests" }.SelectMany(top => Walk(Path.Combine(Projects.Root, top)));

    private static IEnumerable<string> Walk(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*.cs"))
        {
            yield return file;
        }

        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            var name = Path.GetFileName(child);
            if (name is "bin" or "obj")
            {
                continue;
            }

            foreach (var file in Walk(child))
            {
                yield return file;
            }
        }
    }

    private static IEnumerable<string> LongLines(string file) =>
        File.ReadLines(file)
            .Select((line, index) => (Number: index + 1, Length: line.EnumerateRunes().Count()))
            .Where(l => l.Length > MaxLength)
            .Select(l => string.Create(CultureInfo.InvariantCulture, $"{Relative(file)}:{l.Number}: {l.Length}"));

    private static string Relative(string file) => Path.GetRelativePath(Projects.Root, file).Replace('\\', '/');
}
