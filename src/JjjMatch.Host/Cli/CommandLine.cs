using System.CommandLine;
using JjjMatch.BuildingBlocks.Settings;

namespace JjjMatch.Host.Cli;

/// <summary>
/// Tools that run beside the API: <c>reindex</c>, <c>token</c>, <c>import</c>. Anything else on the command line
/// starts the API host, so <c>--services</c>, <c>--urls</c> and other settings keep working as host arguments.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["reindex", "token", "import"];

    public static bool IsTool(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
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
            TokenCommand.Create(settings),
            ImportCommand.Create(settings),
        };
        root.Options.Add(settings);
        try
        {
            return await root.Parse(args)
                .InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (IsUsersToFix(exception))
        {
            // A missing file or a setting the tool cannot work with: the message says what to change, a stack trace
            // would not.
            await Console.Error.WriteLineAsync($"error: {exception.Message}");
            return 2;
        }
    }

    private static bool IsUsersToFix(Exception exception) =>
        exception
            is SettingException
                or FileNotFoundException
                or DirectoryNotFoundException
                or InvalidOperationException
                or Microsoft.Extensions.Options.OptionsValidationException;
}
