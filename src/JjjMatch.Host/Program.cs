using JjjMatch.BuildingBlocks.Settings;
using JjjMatch.Host.Cli;
using JjjMatch.Host.Hosting;

// A setting the server cannot run with is one line naming it and exit code 2, as for the tools. A handler rather than
// a catch: under WebApplicationFactory the test host catches what the entry point throws (and the tests read the
// message there), so this runs only in a real process.
AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    if (SettingException.Find(e.ExceptionObject as Exception) is { } setting)
    {
        Console.Error.WriteLine($"error: {setting.Message}");
        Environment.Exit(2);
    }
};

if (CommandLine.IsTool(args))
{
    return await CommandLine.RunAsync(args);
}

await ApiHost.Build(args).RunAsync();
return 0;

/// <summary>Entry point; public so the API tests can host it.</summary>
public partial class Program;
