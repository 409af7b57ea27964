using System.CommandLine;
using JjjMatch.Achievements.Persistence;
using JjjMatch.Demands.Persistence;
using JjjMatch.Import;

namespace JjjMatch.Host.Cli;

/// <summary>
/// <c>import FILE --kind achievements|demands</c>: loads listings from JSON Lines (the API's own bodies, or the
/// market's
/// export shape) into the services' databases. Events go to the services' outboxes; a server running on the same
/// databases publishes them, so matching sees the listings once it runs. The mapping is documented in docs/import.md.
/// </summary>
public static class ImportCommand
{
    public static Command Create(Option<string[]> settings)
    {
        var file = new Argument<FileInfo>("file") { Description = "A JSON Lines file: one listing per line" };
        var kind = new Option<ListingKind>("--kind")
        {
            Description = "What the file holds: achievements | demands",
            Required = true,
        };
        var format = new Option<SourceFormat>("--format")
        {
            Description =
                "auto (per line: \"name\" and \"context\" mean zhibei) | jjjmatch (the API's request body) "
                + "| zhibei (the market's export)",
            DefaultValueFactory = _ => SourceFormat.Auto,
        };
        var extend = new Option<int?>("--extend-deadlines")
        {
            Description =
                "Demands whose deadline has passed get now + DAYS and open (demos, load tests); without it "
                + "they stay drafts",
            HelpName = "DAYS",
        };
        extend.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1 or > 1800)
            {
                result.AddError("--extend-deadlines takes 1 to 1800 days.");
            }
        });
        var owner = new Option<Guid?>("--owner")
        {
            Description = "The organisation id the imported listings belong to (default: none)",
        };

        var command = new Command("import", "Load listings in bulk from JSON Lines; re-running imports nothing twice")
        {
            file,
            kind,
            format,
            extend,
            owner,
        };
        command.SetAction(
            async (result, ct) =>
            {
                var source = result.GetValue(file)!;
                string[] lines;
                try
                {
                    lines = await File.ReadAllLinesAsync(source.FullName, ct);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    await Console.Error.WriteLineAsync($"Cannot read {source.FullName}: {e.Message}");
                    return 2;
                }

                var options = new ImportOptions(
                    result.GetValue(kind),
                    result.GetValue(format),
                    result.GetValue(extend),
                    result.GetValue(owner) ?? Guid.Empty
                );
                await using var app = await ToolHost.StartAsync(result.GetValue(settings) ?? [], ct);
                if (!IsHosted(app.Services, options.Kind))
                {
                    await Console.Error.WriteLineAsync(
                        $"The {options.Kind.ToString().ToLowerInvariant()} service is not "
                            + "hosted by these settings (Services)."
                    );
                    return 2;
                }

                var importer = new ListingImporter(
                    app.Services.GetRequiredService<IServiceScopeFactory>(),
                    app.Services.GetRequiredService<TimeProvider>()
                );
                var report = await ProgressBar.RunAsync("Importing / 导入", lines.Length, progress =>
                    importer.ImportAsync(lines, options, progress, ct)
                );
                report.WriteTo(Console.Out, options.Kind, source.Name);
                Console.WriteLine(
                    "Their events wait in the service's outbox: a server running on these databases publishes "
                        + "them to matching."
                );
                return 0;
            }
        );
        return command;
    }

    private static bool IsHosted(IServiceProvider services, ListingKind kind)
    {
        using var scope = services.CreateScope();
        return kind == ListingKind.Achievements
            ? scope.ServiceProvider.GetService<AchievementsDbContext>() is not null
            : scope.ServiceProvider.GetService<DemandsDbContext>() is not null;
    }
}
