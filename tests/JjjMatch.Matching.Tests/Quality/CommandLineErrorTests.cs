using JjjMatch.Host.Cli;
using JjjMatch.Testing;

namespace JjjMatch.Matching.Tests.Quality;

/// <summary>A tool given a wrong path, number or setting says what is wrong in one line, with no stack trace.</summary>
[Collection(CommandLineCollection.Name)]
public sealed class CommandLineErrorTests
{
    [Fact]
    public async Task A_folder_that_is_not_a_dataset_is_one_error_line_and_exit_code_2()
    {
        var folder = Directory.CreateTempSubdirectory("jjjmatch-not-a-set-");
        try
        {
            var (exit, errors) = await RunAsync("bench", "quality", "--dataset", folder.FullName);

            exit.ShouldBe(2);
            errors.Trim().ShouldBe($"error: Not a BEIR dataset directory: corpus.jsonl is missing in {folder.FullName}.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_setting_the_tool_cannot_read_names_the_setting()
    {
        var (exit, errors) = await RunAsync("reindex", "--set", "Database:Provider=Oracle", $"Auth:SigningKey={TestAccounts.SigningKey}");

        exit.ShouldBe(2);
        errors.ShouldStartWith("error: ");
        errors.ShouldContain("Database:Provider");
        errors.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("--achievements", "0")]
    [InlineData("--demands", "-5")]
    [InlineData("--rate", "0")]
    [InlineData("--http-concurrency", "0")]
    public async Task A_count_below_one_is_refused_before_anything_runs(string option, string value)
    {
        var (exit, errors) = await RunAsync("bench", "speed", option, value, "--work-dir", Path.GetTempPath());

        exit.ShouldBe(1);
        errors.ShouldContain($"{option} must be above 0.");
    }

    private static async Task<(int Exit, string Errors)> RunAsync(params string[] args)
    {
        var errors = new StringWriter();
        var original = Console.Error;
        Console.SetError(errors);
        try
        {
            return (await CommandLine.RunAsync(args), errors.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CommandLineCollection
{
    public const string Name = "command line (shared console)";
}
