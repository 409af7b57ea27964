namespace JjjMatch.Testing;

/// <summary>
/// Finds the project's shared benchmark data: ../shared/data beside the folder that holds JjjMatch.sln.
/// </summary>
public static class SharedData
{
    public static string BenchSet(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "JjjMatch.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException(
                $"No JjjMatch.sln above {AppContext.BaseDirectory}; " + "cannot locate ../shared/data."
            );
        }

        var set = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data", "bench", name));
        return Directory.Exists(set)
            ? set
            : throw new DirectoryNotFoundException(
                $"Benchmark set {name} not found at {set}: the " + "shared data must sit beside the repository root."
            );
    }
}
