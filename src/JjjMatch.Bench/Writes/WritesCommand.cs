using System.CommandLine;

namespace JjjMatch.Bench.Writes;

/// <summary>
/// <c>writes [--writes 300] [--rounds 3] [--warmup-rounds 2]</c>: latency of many simultaneous writes on the
/// embedded default.
/// </summary>
public static class WritesCommand
{
    public static Command Create()
    {
        var writes = new Option<int>("--writes")
        {
            Description = "Simultaneous writes per round, shared by three organisations",
            DefaultValueFactory = _ => 300,
        };
        var rounds = new Option<int>("--rounds")
        {
            Description = "Measured rounds (each: every create at once, then every publish at once)",
            DefaultValueFactory = _ => 3,
        };
        var warmupRounds = new Option<int>("--warmup-rounds")
        {
            Description =
                "Full rounds before the measured ones, not counted: a server that has run a while has "
                + "compiled its request path to optimised code (0: measure from the first request)",
            DefaultValueFactory = _ => 2,
        };
        var workDirectory = new Option<DirectoryInfo>("--work-dir")
        {
            Description = "Where the SQLite files go (default: a new folder under the temp folder, removed afterwards)",
        };
        var set = new Option<string[]>("--set")
        {
            Description = "Host settings, e.g. Database:SqliteSynchronous=Full",
            AllowMultipleArgumentsPerToken = true,
        };
        writes.Positive();
        rounds.Positive();
        warmupRounds.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--warmup-rounds must be 0 or more.");
            }
        });
        var command = new Command("writes", "Latency of many simultaneous writes from several organisations")
        {
            writes,
            rounds,
            warmupRounds,
            workDirectory,
            set,
        };
        command.SetAction(
            (result, ct) =>
                WritesBenchmark.RunAsync(
                    new WritesOptions(
                        result.GetValue(writes),
                        result.GetValue(rounds),
                        result.GetValue(warmupRounds),
                        result.GetValue(workDirectory)?.FullName,
                        result.GetValue(set) ?? []
                    ),
                    Console.Out,
                    ct
                )
        );
        return command;
    }
}
