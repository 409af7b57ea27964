using System.Text.Json.Nodes;
using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;

namespace JjjMatch.Import;

/// <summary>
/// An achievement in the market's export shape (name, industry, maturity, zlxx, cooperationMethod, price, context …).
/// </summary>
public static class ZhibeiAchievements
{
    /// <summary>The product's limits (AchievementInputValidator).</summary>
    private const int TitleMax = 100,
        SummaryMin = 10,
        SummaryMax = 5000,
        KeywordMax = 20,
        FieldMax = 50;

    /// <summary>The market says the promotion of this technology has ended: it is kept, off the market.</summary>
    private const string TransferEnded = "技术终止转让";

    private static readonly IReadOnlyDictionary<string, string> SourceFields = new Dictionary<string, string>
    {
        ["title"] = "name",
        ["summary"] = "context",
        ["keywords"] = "industry, scope",
        ["industry"] = "industry",
        ["technologyField"] = "industry",
        ["maturity"] = "maturity",
        ["patents"] = "zlxx",
        ["transferModes"] = "cooperationMethod",
        ["askingPrice"] = "price",
    };

    public static MappedListing<AchievementInput> Map(JsonObject line)
    {
        var name = ImportText.Read(line, "name");
        var label = ImportText.Read(line, "industry");
        var maturityWord = ImportText.Read(line, "maturity");
        var maturity = MaturityLevels.FromMarketWord(maturityWord)
            ?? throw new ImportLineException($"maturity: unknown maturity word '{maturityWord}'");

        var body = new AchievementInput(
            Title: ImportText.Cut(name, TitleMax),
            Summary: ImportText.Describe(ImportText.Read(line, "context"), SummaryMin, SummaryMax, name, label),
            Keywords: Keywords(label, ImportText.Read(line, "scope"), name),
            Industry: MarketIndustries.FromLabel(label),
            TechnologyField: label.Length > 0 ? ImportText.Cut(label, FieldMax) : null,
            Maturity: maturity,
            Patents: ZhibeiWords.Patents(ImportText.Read(line, "zlxx")),
            TransferModes: ZhibeiWords.TransferModes(ImportText.Read(line, "cooperationMethod")),
            AskingPrice: ZhibeiWords.Price(ImportText.Read(line, "price")),
            OwnerInstitution: ImportPlaceholders.OwnerInstitution,
            Region: new Region(Province.Other, null),
            Contact: Contact.ToBeCompleted
        );
        return new MappedListing<AchievementInput>(
            body,
            Publish: ImportText.Read(line, "jstgfs") != TransferEnded,
            SourceFields
        );
    }

    /// <summary>
    /// The labels the market gives about the technology: the industry's 小类 and the application scope; "其他…" says
    /// nothing and is left out. At least one: the industry's 大类, else the title. The national-economy sector
    /// (classification) is not text about the technology: as a keyword it made any two listings of one sector match.
    /// </summary>
    public static IReadOnlyList<string> Keywords(string label, string scope, string title)
    {
        var industryParts = label.Split('-', 2, StringSplitOptions.TrimEntries);
        var candidates = new[] { industryParts.Length > 1 ? industryParts[1] : "", scope };
        var keywords = candidates
            .Where(k => k.Length > 0 && !k.StartsWith("其他", StringComparison.Ordinal))
            .Select(k => ImportText.Cut(k, KeywordMax))
            .DistinctBy(k => k.ToLowerInvariant())
            .ToList();
        if (keywords.Count == 0)
        {
            keywords.Add(ImportText.Cut(industryParts[0].Length > 0 ? industryParts[0] : title, KeywordMax));
        }

        return keywords;
    }
}
