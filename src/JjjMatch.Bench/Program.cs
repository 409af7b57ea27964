using JjjMatch.Bench;

return await BenchCommandLine.RunAsync(args);
