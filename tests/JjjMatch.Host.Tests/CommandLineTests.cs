using JjjMatch.Host.Cli;
using JjjMatch.Testing;

namespace JjjMatch.Host.Tests;

/// <summary>
/// The host's tools: a setting they cannot work with is one line naming it, with no stack trace; benchmarks are not
/// among them.
/// </summary>
[Collection(CommandLineCollection.Name)]
public sealed class CommandLineTests
{
    [Fact]
    public async Task A_setting_the_tool_cannot_read_names_the_setting()
    {
        var (exit, _, errors) = await RunAsync(
            "reindex",
            "--set",
            "Database:Provider=Oracle",
            $"Auth:SigningKey={TestAccounts.SigningKey}"
        );

        exit.ShouldBe(2);
        errors.ShouldStartWith("error: ");
        errors.ShouldContain("Database:Provider");
        errors.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("reindex", true)]
    [InlineData("import", true)]
    [InlineData("token", true)]
    [InlineData("bench", false)]
    [InlineData("--services", false)]
    public void Only_the_tools_verbs_run_a_tool_instead_of_the_API(string verb, bool isTool) =>
        CommandLine.IsTool([verb]).ShouldBe(isTool);

    private static Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args) =>
        CommandLineRunner.RunAsync(CommandLine.RunAsync, args);
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CommandLineCollection
{
    public const string Name = "command line (shared console)";
}
