using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using JjjMatch.Contracts.Demands;
using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;

namespace JjjMatch.Bench.Speed.Generation;

/// <summary>
/// Real listing texts (a folder with achievements.jsonl and demands.jsonl, fields name, context, industry,
/// maturity, price, cooperationMethod, zlxx), cycled to any count: listing i is record i mod count. What the
/// records do not hold (institution, region, contact, bounty, deadline) comes from <see cref="ListingGenerator"/>
/// for the same position. The records carry no keywords; the industry's last part stands in as the one keyword
/// the achievements API requires, in every phase alike.
/// </summary>
public sealed partial class DatasetListings : IListingSource
{
    private readonly string name;
    private readonly IReadOnlyList<JsonElement> achievements;
    private readonly IReadOnlyList<JsonElement> demands;
    private readonly ListingGenerator structure;

    private DatasetListings(
        string name,
        IReadOnlyList<JsonElement> achievements,
        IReadOnlyList<JsonElement> demands,
        ListingGenerator structure
    )
    {
        this.name = name;
        this.achievements = achievements;
        this.demands = demands;
        this.structure = structure;
    }

    public string Description => $"dataset {name} ({achievements.Count} achievements, {demands.Count} demands, cycled)";

    public static DatasetListings Load(string directory, int seed, DateTimeOffset now)
    {
        var achievements = ReadJsonLines(Path.Combine(directory, "achievements.jsonl"));
        var demands = ReadJsonLines(Path.Combine(directory, "demands.jsonl"));
        if (achievements.Count == 0 || demands.Count == 0)
        {
            throw new InvalidOperationException($"{directory} needs non-empty achievements.jsonl and demands.jsonl.");
        }

        return new DatasetListings(
            Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)),
            achievements,
            demands,
            new ListingGenerator(seed, now)
        );
    }

    public GeneratedAchievement Achievement(int index)
    {
        var record = achievements[index % achievements.Count];
        var generated = structure.Achievement(index);
        var title = Clip(String(record, "name"), 100);
        var summary = String(record, "context").Trim();
        if (summary.Length < 10)
        {
            summary = $"{title}。{summary}";
        }

        var industry = KnownIndustry(String(record, "industry"));
        return generated with
        {
            Snapshot = generated.Snapshot with
            {
                Title = title,
                Summary = Clip(summary, 5000),
                Keywords = [industry.Split('-')[^1]],
                Industry = industry,
                TechnologyField = industry.Contains('-') ? industry.Split('-')[1] : null,
                Maturity = MaturityLevels.FromMarketWord(String(record, "maturity")) ?? new Maturity(Maturity.Trl, 5),
                Patents = String(record, "zlxx") switch
                {
                    "发明专利" => [new Patent(PatentNumber(index), PatentKind.Invention, PatentStatus.Granted)],
                    "实用新型专利" => [new Patent(PatentNumber(index), PatentKind.UtilityModel, PatentStatus.Granted)],
                    "外观专利" => [new Patent(PatentNumber(index), PatentKind.Design, PatentStatus.Granted)],
                    _ => [],
                },
                TransferModes = AchievementModes(String(record, "cooperationMethod")),
                AskingPrice = Price(String(record, "price")),
            },
        };
    }

    public DemandSnapshot Demand(int index)
    {
        var record = demands[index % demands.Count];
        var title = Clip(String(record, "name"), 100);
        var text = String(record, "context").Trim();
        return structure.Demand(index) with
        {
            Title = title,
            ProblemDescription = text.Length > 0 ? text : title,
            ExpectedOutcome = "",
            CooperationModes = DemandModes(String(record, "cooperationMethod")),
        };
    }

    /// <summary>The market's "大类-小类" label as a taxonomy code: itself if known, else its parent, else 其他.</summary>
    public static string KnownIndustry(string label)
    {
        if (Industries.IsKnown(label))
        {
            return label;
        }

        var parent = label.Split('-')[0];
        return Industries.IsKnown(parent) ? parent : Industries.Other;
    }

    /// <summary>"面议" is negotiable; "100.0万元-200.0万元" is 1,000,000 to 2,000,000 CNY.</summary>
    public static PriceRange Price(string text)
    {
        var match = WanRange().Match(text);
        return match.Success
            ? new PriceRange(
                decimal.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * 10_000m,
                decimal.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) * 10_000m
            )
            : PriceRange.Negotiable;
    }

    private static CooperationModes AchievementModes(string text)
    {
        var modes = CooperationModes.None;
        if (text.Contains("完全转让", StringComparison.Ordinal))
        {
            modes |= CooperationModes.Assignment;
        }

        if (text.Contains("许可转让", StringComparison.Ordinal))
        {
            modes |= CooperationModes.NonExclusiveLicence;
        }

        if (text.Contains("技术入股", StringComparison.Ordinal))
        {
            modes |= CooperationModes.Equity;
        }

        if (text.Contains("合作生产", StringComparison.Ordinal))
        {
            modes |= CooperationModes.JointDevelopment;
        }
        // The achievements API needs at least one mode; "其他" is mostly technical service in these listings.
        return modes == CooperationModes.None ? CooperationModes.TechnicalService : modes;
    }

    private static CooperationModes DemandModes(string text)
    {
        var modes = CooperationModes.None;
        if (text.Contains("技术转让", StringComparison.Ordinal))
        {
            modes |= CooperationModes.Assignment;
        }

        if (text.Contains("技术许可", StringComparison.Ordinal))
        {
            modes |= CooperationModes.NonExclusiveLicence;
        }

        if (text.Contains("委托开发", StringComparison.Ordinal))
        {
            modes |= CooperationModes.JointDevelopment;
        }

        if (text.Contains("技术入股", StringComparison.Ordinal))
        {
            modes |= CooperationModes.Equity;
        }

        return modes;
    }

    private static string PatentNumber(int index) =>
        JjjMatch.BuildingBlocks.Validation.PatentNumbers.Format(
            $"{2015 + (index % 10)}1{1_000_000 + (index % 8_999_999)}"
        );

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];

    private static List<JsonElement> ReadJsonLines(string path)
    {
        var records = new List<JsonElement>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var record = document.RootElement.Clone();
            if (String(record, "name").Trim().Length >= 2)
            {
                records.Add(record);
            }
        }

        return records;
    }

    private static string String(JsonElement json, string property) =>
        json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : "";

    [GeneratedRegex(@"([0-9]+(?:\.[0-9]+)?)万元-([0-9]+(?:\.[0-9]+)?)万元")]
    private static partial Regex WanRange();
}
