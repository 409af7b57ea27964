namespace JjjMatch.Deploy.Tests;

internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    public static IEnumerable<string> SourceFiles(string pattern) =>
        Directory
            .EnumerateFiles(PathOf("src"), pattern, SearchOption.AllDirectories)
            .Where(f =>
                !f.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}")
                && !f.Contains($"{System.IO.Path.DirectorySeparatorChar}bin{System.IO.Path.DirectorySeparatorChar}")
            );

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "JjjMatch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("JjjMatch.sln not found above " + AppContext.BaseDirectory);
    }
}
