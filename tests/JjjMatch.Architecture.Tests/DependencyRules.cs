using NetArchTest.Rules;

namespace JjjMatch.Architecture.Tests;

/// <summary>
/// The services talk only through integration events (docs/architecture.md): these rules fail the build's tests when
/// code takes a shortcut across a boundary, whether by a project reference or by using a type.
/// </summary>
public sealed class DependencyRules
{
    public static TheoryData<string> Services => [.. Projects.Services];

    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_references_no_other_service_and_no_executable(string service)
    {
        var forbidden = Projects
            .Services.Where(s => s != service)
            .Concat(["Host", "Bench", "Import", "WebConsole"])
            .ToArray();

        Projects.References(service).Intersect(forbidden).ShouldBeEmpty();
        Failing(Types.InAssembly(Projects.Assembly(service)).ShouldNot().HaveDependencyOnAny(Namespaces(forbidden)))
            .ShouldBeEmpty();
    }

    [Fact]
    public void BuildingBlocks_references_no_service()
    {
        var services = Projects.Services.Append("Host").ToArray();

        Projects.References("BuildingBlocks").ShouldBe(["Contracts"]);
        Failing(
                Types
                    .InAssembly(Projects.Assembly("BuildingBlocks"))
                    .ShouldNot()
                    .HaveDependencyOnAny(Namespaces(services))
            )
            .ShouldBeEmpty();
    }

    [Fact]
    public void The_web_console_reaches_the_services_only_through_their_http_api()
    {
        string[] services = [.. Projects.Services, "BuildingBlocks", "Host", "Import"];

        Projects.References("WebConsole").ShouldBe(["Contracts"]);
        Failing(Types.InAssembly(Projects.Assembly("WebConsole")).ShouldNot().HaveDependencyOnAny(Namespaces(services)))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Contracts_references_nothing_beyond_the_base_library()
    {
        Projects.References("Contracts").ShouldBeEmpty();
        Projects.Packages("Contracts").ShouldBeEmpty();
        Projects
            .Assembly("Contracts")
            .GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name != "netstandard" && !name.StartsWith("System", StringComparison.Ordinal))
            .ShouldBeEmpty();
    }

    /// <summary>
    /// The shared text analysis (matching's search, notifications' saved searches) is a leaf like Contracts.
    /// </summary>
    [Fact]
    public void TextAnalysis_references_nothing()
    {
        Projects.References("TextAnalysis").ShouldBeEmpty();
        Projects.Packages("TextAnalysis").ShouldBeEmpty();
        Failing(
                Types
                    .InAssembly(Projects.Assembly("TextAnalysis"))
                    .ShouldNot()
                    .HaveDependencyOnAny(Namespaces([.. Projects.Services, "BuildingBlocks", "Contracts", "Host"]))
            )
            .ShouldBeEmpty();
    }

    [Fact]
    public void The_matching_engine_does_not_depend_on_brokerage()
    {
        const string engine = "JjjMatch.Matching.Engine";
        const string brokerage = "JjjMatch.Matching.Brokerage";
        var matching = Types.InAssembly(Projects.Assembly("Matching"));

        // Both areas exist, so the rule below cannot pass by matching no type at all.
        matching.That().ResideInNamespace(engine).GetTypes().ShouldNotBeEmpty();
        matching.That().ResideInNamespace(brokerage).GetTypes().ShouldNotBeEmpty();
        Failing(matching.That().ResideInNamespace(engine).ShouldNot().HaveDependencyOn(brokerage)).ShouldBeEmpty();
    }

    private static string[] Namespaces(IEnumerable<string> projects) => [.. projects.Select(p => $"JjjMatch.{p}")];

    private static IEnumerable<string> Failing(ConditionList rule) => rule.GetResult().FailingTypeNames ?? [];
}
