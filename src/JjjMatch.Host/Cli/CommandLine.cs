using System.CommandLine;

namespace JjjMatch.Host.Cli;

/// <summary>
/// Tools that run beside the API: <c>reindex</c>, <c>bench</c>, <c>token</c>. Anything else on the command line
/// starts the API host, so <c>--services</c>, <c>--urls</c> and other settings keep working as host arguments.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["reindex", "bench", "token", "import"];

    public static bool IsTool(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static Task<int> RunAsync(string[] args)
    {
        var settings = new Option<string[]>("--set")
        {
            Description = "Host settings for the tool, e.g. --set Database:Provider=PostgreSql",
            AllowMultipleArgumentsPerToken = true,
            Recursive = true,
        };
        var root = new RootCommand("JjjMatch command-line tools / 京津冀科技成果对接平台工具")
        {
            ReindexCommand.Create(settings),
            BenchCommand.Create(),
            TokenCommand.Create(settings),
            ImportCommand.Create(settings),
        };
        root.Options.Add(settings);
        return root.Parse(args).InvokeAsync();
    }
}
