using Microsoft.AspNetCore.Http;

namespace JjjMatch.WebConsole;

/// <summary>The console's stylesheet and script, embedded in the assembly: nothing to build or deploy.</summary>
internal static class ConsoleAssets
{
    private static readonly Dictionary<string, string> Types = new()
    {
        ["console.css"] = "text/css; charset=utf-8",
        ["console.js"] = "text/javascript; charset=utf-8",
    };

    public static IResult Serve(string name)
    {
        if (!Types.TryGetValue(name, out var type))
        {
            return Results.NotFound();
        }

        var stream = typeof(ConsoleAssets).Assembly.GetManifestResourceStream("JjjMatch.WebConsole.Assets." + name);
        return stream is null ? Results.NotFound() : Results.Stream(stream, type);
    }
}
