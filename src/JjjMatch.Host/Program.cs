using JjjMatch.Host.Hosting;

await ApiHost.Build(args).RunAsync();

/// <summary>Entry point; public so the API tests can host it.</summary>
public partial class Program;
