using System.Reflection;
using System.Xml.Linq;

namespace JjjMatch.Architecture.Tests;

/// <summary>The product's projects: services, the shared infrastructure, the contracts and the executables.</summary>
internal static class Projects
{
    public static readonly string[] Services = ["Achievements", "Demands", "Matching", "Accounts", "Notifications"];

    public static string Root { get; } = FindRoot();

    public static Assembly Assembly(string project) => System.Reflection.Assembly.Load($"JjjMatch.{project}");

    /// <summary>The project names (without the JjjMatch. prefix) that src/JjjMatch.{project} references.</summary>
    public static IReadOnlyList<string> References(string project) =>
        [
            .. ProjectFile(project)
                .Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
                .Select(name => name["JjjMatch.".Length..]),
        ];

    public static IReadOnlyList<string> Packages(string project) =>
        [.. ProjectFile(project).Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value)];

    private static XDocument ProjectFile(string project) =>
        XDocument.Load(Path.Combine(Root, "src", $"JjjMatch.{project}", $"JjjMatch.{project}.csproj"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JjjMatch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("JjjMatch.sln not found above " + AppContext.BaseDirectory);
    }
}
