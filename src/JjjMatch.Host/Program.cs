using JjjMatch.Host.Cli;
using JjjMatch.Host.Hosting;

if (CommandLine.IsTool(args))
{
    return await CommandLine.RunAsync(args);
}

await ApiHost.Build(args).RunAsync();
return 0;

/// <summary>Entry point; public so the API tests can host it.</summary>
public partial class Program;
