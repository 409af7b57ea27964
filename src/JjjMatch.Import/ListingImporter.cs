using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using JjjMatch.Achievements.Features.Import;
using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.Contracts.Import;
using JjjMatch.Demands.Features.Import;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Import;

/// <summary>
/// Loads listings line by line through the services' own import commands (validation, entity methods, outbox events),
/// each line its own save. A line that cannot become a listing is reported with its number and skipped.
/// </summary>
public sealed class ListingImporter(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>
    /// Lines sent through one scope: building the pipeline and the DbContext per line cost more than the save itself.
    /// </summary>
    private const int LinesPerScope = 200;

    public async Task<ImportReport> ImportAsync(
        IEnumerable<string> lines,
        ImportOptions options,
        IProgress<int>? progress,
        CancellationToken cancellationToken
    )
    {
        var report = new ImportReport();
        var watch = Stopwatch.StartNew();
        var number = 0;
        foreach (var chunk in lines.Chunk(LinesPerScope))
        {
            await using var scope = scopes.CreateAsyncScope();
            foreach (var text in chunk)
            {
                number++;
                if (!string.IsNullOrWhiteSpace(text))
                {
                    try
                    {
                        report.Add(await ImportLineAsync(scope.ServiceProvider, text, options, cancellationToken));
                    }
                    catch (ImportLineException bad)
                    {
                        report.AddBadLine(number, bad.Message);
                    }
                }

                progress?.Report(1);
            }
        }

        report.Elapsed = watch.Elapsed;
        return report;
    }

    private async Task<ImportOutcome> ImportLineAsync(
        IServiceProvider services,
        string text,
        ImportOptions options,
        CancellationToken cancellationToken
    )
    {
        var line = Parse(text);
        var zhibei =
            options.Format == SourceFormat.Zhibei
            || (options.Format == SourceFormat.Auto && line.ContainsKey("name") && line.ContainsKey("context"));
        var key = ImportKeyHasher.KeyOf(line);
        if (options.Kind == ListingKind.Achievements)
        {
            var listing = zhibei ? ZhibeiAchievements.Map(line) : OwnSchemaLines.Read<AchievementInput>(line);
            return await SendAsync(
                services,
                new ImportAchievement(listing.Body, listing.Publish, key, options.OwnerId),
                listing.SourceFields,
                cancellationToken
            );
        }

        var demand = zhibei ? ZhibeiDemands.Map(line) : OwnSchemaLines.Read<DemandInput>(line);
        var body = demand.Body;
        var now = time.GetUtcNow();
        var today = JjjMatch.Contracts.Shared.BeijingTime.DateOf(now.UtcDateTime);
        if (options.ExtendDeadlines is { } days && body.Deadline < today)
        {
            body = body with { Deadline = today.AddDays(days) };
        }

        return await SendAsync(
            services,
            new ImportDemand(body, demand.Publish, key, options.OwnerId),
            demand.SourceFields,
            cancellationToken
        );
    }

    private static JsonObject Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject
                ?? throw new ImportLineException("bad JSON: a line must " + "be one JSON object");
        }
        catch (JsonException e)
        {
            throw new ImportLineException($"bad JSON: {OwnSchemaLines.WithoutPosition(e.Message)}");
        }
    }

    private static async Task<ImportOutcome> SendAsync(
        IServiceProvider services,
        IRequest<ImportOutcome> command,
        IReadOnlyDictionary<string, string> sourceFields,
        CancellationToken cancellationToken
    )
    {
        try
        {
            return await services.GetRequiredService<IMediator>().Send(command, cancellationToken);
        }
        catch (ValidationException invalid)
        {
            // One message per field: the first says what is wrong, the rest ("must not be empty" and "2 to 100
            // characters") repeat it.
            throw new ImportLineException(
                string.Join(
                    "; ",
                    invalid
                        .Errors.DistinctBy(e => e.PropertyName)
                        .Select(e => $"{Field(e.PropertyName, sourceFields)}: {e.ErrorMessage}")
                )
            );
        }
        finally
        {
            // The scope is shared by many lines, each its own unit of work: nothing of one line stays tracked for the
            // next.
            services.GetService<AchievementsDbContext>()?.ChangeTracker.Clear();
            services.GetService<DemandsDbContext>()?.ChangeTracker.Clear();
        }
    }

    /// <summary>"title", or "title (from name)" for a market line.</summary>
    private static string Field(string propertyName, IReadOnlyDictionary<string, string> sourceFields)
    {
        var path = FieldNames.ToJsonPath(propertyName);
        var root = path.Split('.', '[')[0];
        return sourceFields.TryGetValue(root, out var source) ? $"{path} (from {source})" : path;
    }
}
