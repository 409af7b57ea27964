using System.Globalization;
using System.Text.Json.Nodes;
using JjjMatch.Contracts.Shared;
using JjjMatch.Demands.Features.Shared;

namespace JjjMatch.Import;

/// <summary>
/// A demand in the market's export shape (name, classification, cooperationMethod, time "start至end", context).
/// </summary>
public static class ZhibeiDemands
{
    private static readonly string[] TimeFormats = ["yyyy-MM-ddHH:mm:ss.FFF", "yyyy-MM-dd HH:mm:ss.FFF", "yyyy-MM-dd"];

    private static readonly IReadOnlyDictionary<string, string> SourceFields = new Dictionary<string, string>
    {
        ["title"] = "name",
        ["problemDescription"] = "context",
        ["industry"] = "classification",
        ["deadline"] = "time",
        ["cooperationModes"] = "cooperationMethod",
    };

    public static MappedListing<DemandInput> Map(JsonObject line)
    {
        var name = ImportText.Read(line, "name");
        var classification = ImportText.Read(line, "classification");
        var body = new DemandInput(
            Title: ImportText.Cut(name, DemandInputValidator.TitleMax),
            // The sector is no description of the problem: as text it matched every listing of the sector on its label.
            ProblemDescription: ImportText.Describe(
                ImportText.Read(line, "context"),
                DemandInputValidator.DescriptionMin,
                DemandInputValidator.DescriptionMax,
                name
            ),
            ExpectedOutcome: "",
            Industry: MarketIndustries.FromSector(classification),
            MinimumMaturity: null,
            Bounty: PriceRange.Negotiable,
            Deadline: Deadline(ImportText.Read(line, "time")),
            Region: new Region(Province.Other, null),
            CooperationModes: ZhibeiWords.DemandModes(ImportText.Read(line, "cooperationMethod")),
            Anonymous: true,
            EnterpriseName: ImportPlaceholders.EnterpriseName,
            Contact: Contact.ToBeCompleted
        );
        return new MappedListing<DemandInput>(body, Publish: true, SourceFields);
    }

    /// <summary>
    /// The end of "2020-01-1310:49:39.0至2021-01-1310:49:41.0" (the market writes no space before the hour).
    /// </summary>
    public static DateOnly Deadline(string time)
    {
        var end = time.Split('至')[^1].Trim();
        return DateTime.TryParseExact(
            end,
            TimeFormats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var local
        )
            ? DateOnly.FromDateTime(local)
            : throw new ImportLineException($"time: no deadline in '{time}' (expected 'start至end')");
    }
}
