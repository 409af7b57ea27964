using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace JjjMatch.Deploy.Tests;

public partial class DockerfileTests
{
    /// <summary>The Dockerfile's instructions, continuation lines joined and comments dropped.</summary>
    private static readonly List<(string Op, string Args)> Instructions = Regex
        .Replace(RepoFiles.Read("deploy/Dockerfile"), @"\\\r?\n", " ")
        .Split('\n')
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split(' ', 2))
        .Select(p => (p[0].ToUpperInvariant(), p.Length > 1 ? p[1].Trim() : ""))
        .ToList();

    public static int ListeningPort { get; } =
        int.Parse(
            UrlsPort()
                .Match(
                    Instructions.Single(i => i.Op == "ENV" && i.Args.StartsWith("Urls=", StringComparison.Ordinal)).Args
                )
                .Groups[1]
                .Value,
            System.Globalization.CultureInfo.InvariantCulture
        );

    private static string PublishedProject =>
        PublishCommand().Match(Instructions.Single(i => i.Args.Contains("dotnet publish")).Args).Groups[1].Value;

    [Fact]
    public void The_published_project_is_the_host_and_exists()
    {
        PublishedProject.ShouldBe("src/JjjMatch.Host/JjjMatch.Host.csproj");
        File.Exists(RepoFiles.PathOf(PublishedProject)).ShouldBeTrue();
    }

    [Fact]
    public void Restore_sees_every_project_the_host_needs_and_the_central_package_files()
    {
        var restore = Instructions.FindIndex(i => i.Op == "RUN" && i.Args.Contains("dotnet restore"));
        restore.ShouldBeGreaterThan(0);
        var copiedBefore = Instructions
            .Take(restore)
            .Where(i => i.Op == "COPY")
            .SelectMany(i => i.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1))
            .ToHashSet();

        var needed = ProjectClosure(PublishedProject)
            .Append("global.json")
            .Append("Directory.Build.props")
            .Append("Directory.Packages.props");
        needed.ShouldAllBe(path => copiedBefore.Contains(path));
    }

    [Fact]
    public void The_image_holds_no_benchmark_code()
    {
        ProjectClosure(PublishedProject)
            .ShouldNotContain(project => project.Contains("Bench", StringComparison.OrdinalIgnoreCase));
        File.Exists(RepoFiles.PathOf("src/JjjMatch.Bench/JjjMatch.Bench.csproj"))
            .ShouldBeTrue("the benchmarks moved; update this test");
        RepoFiles
            .Read("deploy/Dockerfile.dockerignore")
            .Split('\n')
            .Select(l => l.Trim())
            .ShouldContain("src/JjjMatch.Bench/");
    }

    [Fact]
    public void The_container_listens_on_the_exposed_port_despite_appsettings()
    {
        // appsettings.json sets Urls, which beats ASPNETCORE_URLS (loaded earlier) but not a plain Urls variable.
        using var settings = JsonDocument.Parse(RepoFiles.Read("src/JjjMatch.Host/appsettings.json"));
        settings.RootElement.TryGetProperty("Urls", out _).ShouldBeTrue();

        Instructions.ShouldContain(
            ("EXPOSE", ListeningPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
        );
        Instructions.ShouldContain(i => i.Op == "ENV" && i.Args == $"Urls=http://+:{ListeningPort}");
    }

    [Fact]
    public void The_runtime_stage_runs_the_host_as_a_non_root_user()
    {
        var runtime = Instructions.Skip(Instructions.FindLastIndex(i => i.Op == "FROM")).ToList();
        runtime[0].Args.ShouldStartWith("mcr.microsoft.com/dotnet/aspnet:10.0");
        var user = runtime.Last(i => i.Op == "USER").Args;
        user.ShouldNotBeOneOf("root", "0");
        runtime.Last().ShouldBe(("ENTRYPOINT", """["dotnet", "JjjMatch.Host.dll"]"""));
    }

    /// <summary>The project and everything it references, as repository-relative paths with forward slashes.</summary>
    private static IEnumerable<string> ProjectClosure(string project)
    {
        var found = new HashSet<string>();
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (!found.Add(current))
            {
                continue;
            }

            var directory = Path.GetDirectoryName(RepoFiles.PathOf(current))!;
            foreach (var reference in XDocument.Load(RepoFiles.PathOf(current)).Descendants("ProjectReference"))
            {
                var full = Path.GetFullPath(
                    Path.Combine(directory, reference.Attribute("Include")!.Value.Replace('\\', '/'))
                );
                pending.Push(Path.GetRelativePath(RepoFiles.Root, full).Replace('\\', '/'));
            }
        }

        return found;
    }

    [GeneratedRegex(@"^Urls=http://\+:(\d+)$")]
    private static partial Regex UrlsPort();

    [GeneratedRegex(@"dotnet publish (\S+\.csproj)")]
    private static partial Regex PublishCommand();
}
