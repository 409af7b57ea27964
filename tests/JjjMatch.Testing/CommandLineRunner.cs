namespace JjjMatch.Testing;

/// <summary>
/// Runs a command line in-process (the host's tools, the benchmarks) with the console captured. The console is
/// shared, so tests using this belong to a collection that does not run in parallel.
/// </summary>
public static class CommandLineRunner
{
    public static async Task<(int Exit, string Output, string Errors)> RunAsync(
        Func<string[], Task<int>> commandLine,
        params string[] args
    )
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        var output = new StringWriter();
        var errors = new StringWriter();
        var (originalOutput, originalErrors) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            return (await commandLine(args), output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(originalOutput);
            Console.SetError(originalErrors);
        }
    }
}
