using JjjMatch.Contracts.Import;

namespace JjjMatch.Import;

/// <summary>What an import run did, line by line and in total.</summary>
public sealed class ImportReport
{
    private readonly List<(int Line, string Problem)> badLines = [];
    private readonly Dictionary<ImportOutcome, int> outcomes = Enum.GetValues<ImportOutcome>()
        .ToDictionary(o => o, _ => 0);

    public IReadOnlyList<(int Line, string Problem)> BadLines => badLines;

    public int Published => outcomes[ImportOutcome.Published];

    public int Drafts => outcomes[ImportOutcome.Draft];

    public int DraftsPastDeadline => outcomes[ImportOutcome.DraftPastDeadline];

    public int AlreadyImported => outcomes[ImportOutcome.AlreadyImported];

    /// <summary>Listings written by this run.</summary>
    public int Imported => Published + Drafts + DraftsPastDeadline;

    public TimeSpan Elapsed { get; set; }

    public void Add(ImportOutcome outcome) => outcomes[outcome]++;

    public void AddBadLine(int line, string problem) => badLines.Add((line, problem));

    public void WriteTo(TextWriter output, ListingKind kind, string source)
    {
        foreach (var (line, problem) in badLines)
        {
            output.WriteLine($"line {line}: {problem}");
        }

        var published = kind == ListingKind.Demands ? "opened" : "published";
        output.WriteLine(
            $"{source}: imported {Imported} {kind.ToString().ToLowerInvariant()} in "
                + $"{Elapsed.TotalSeconds:0.0}s "
                + $"({Published} {published}, {Drafts} drafts as asked, {DraftsPastDeadline} drafts with a "
                + "past deadline); "
                + $"{AlreadyImported} already imported; {badLines.Count} bad lines skipped."
        );
        if (DraftsPastDeadline > 0)
        {
            output.WriteLine(
                "Demands whose deadline has passed are drafts: update their deadline and open them, or "
                    + "import with --extend-deadlines DAYS."
            );
        }
    }
}
