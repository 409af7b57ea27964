using JjjMatch.Testing;

namespace JjjMatch.Bench.Tests;

/// <summary>
/// The benchmark executable's command line: a wrong path or number is one line saying what is wrong, with no stack
/// trace.
/// </summary>
[Collection(CommandLineCollection.Name)]
public sealed class CommandLineTests
{
    [Fact]
    public async Task Quality_prints_its_summary_as_the_last_line()
    {
        var (exit, output, _) = await RunAsync(
            "quality",
            "--dataset",
            SharedData.BenchSet("zhibei-problem-to-achievement"),
            "--method",
            "bm25-reference"
        );

        exit.ShouldBe(0);
        output
            .TrimEnd()
            .Split('\n')[^1]
            .TrimEnd('\r')
            .ShouldBe("nDCG@10=0.8484 MRR@10=0.8511 Recall@10=0.8962 " + "Recall@50=0.9868 queries=114");
    }

    [Fact]
    public async Task A_folder_that_is_not_a_dataset_is_one_error_line_and_exit_code_2()
    {
        var folder = Directory.CreateTempSubdirectory("jjjmatch-not-a-set-");
        try
        {
            var (exit, _, errors) = await RunAsync("quality", "--dataset", folder.FullName);

            exit.ShouldBe(2);
            errors
                .Trim()
                .ShouldBe("error: Not a BEIR dataset directory: " + $"corpus.jsonl is missing in {folder.FullName}.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--achievements", "0")]
    [InlineData("--demands", "-5")]
    [InlineData("--rate", "0")]
    [InlineData("--http-concurrency", "0")]
    public async Task A_count_below_one_is_refused_before_anything_runs(string option, string value)
    {
        var (exit, _, errors) = await RunAsync("speed", option, value, "--work-dir", Path.GetTempPath());

        exit.ShouldBe(1);
        errors.ShouldContain($"{option} must be above 0.");
    }

    [Fact]
    public async Task The_old_bench_verb_is_not_a_command()
    {
        var (exit, _, errors) = await RunAsync("bench", "quality", "--dataset", Path.GetTempPath());

        exit.ShouldBe(1);
        errors.ShouldNotBeEmpty();
    }

    private static Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args) =>
        CommandLineRunner.RunAsync(BenchCommandLine.RunAsync, args);
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CommandLineCollection
{
    public const string Name = "command line (shared console)";
}
