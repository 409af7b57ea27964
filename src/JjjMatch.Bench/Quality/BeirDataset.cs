using System.Globalization;
using System.Text.Json;

namespace JjjMatch.Bench.Quality;

/// <summary>
/// A labelled ranking set in the BEIR layout: corpus.jsonl, queries.jsonl and qrels.tsv (with header, graded
/// relevance).
/// </summary>
public sealed record BeirDataset(
    IReadOnlyList<BeirDocument> Corpus,
    IReadOnlyList<BeirQuery> Queries,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Judgments
)
{
    public static async Task<BeirDataset> LoadAsync(string directory, CancellationToken cancellationToken = default)
    {
        foreach (var file in new[] { "corpus.jsonl", "queries.jsonl", "qrels.tsv" })
        {
            if (!File.Exists(Path.Combine(directory, file)))
            {
                throw new FileNotFoundException(
                    "Not a BEIR dataset directory: " + $"{file} is missing in {directory}.",
                    Path.Combine(directory, file)
                );
            }
        }

        var corpus = new List<BeirDocument>();
        await foreach (var json in ReadJsonLines(Path.Combine(directory, "corpus.jsonl"), cancellationToken))
        {
            corpus.Add(new BeirDocument(String(json, "_id"), String(json, "title"), String(json, "text")));
        }

        var queries = new List<BeirQuery>();
        await foreach (var json in ReadJsonLines(Path.Combine(directory, "queries.jsonl"), cancellationToken))
        {
            queries.Add(new BeirQuery(String(json, "_id"), String(json, "text")));
        }

        var judgments = new Dictionary<string, Dictionary<string, double>>();
        var lines = await File.ReadAllLinesAsync(Path.Combine(directory, "qrels.tsv"), cancellationToken);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var parts = line.Split('\t');
            if (!judgments.TryGetValue(parts[0], out var judged))
            {
                judgments[parts[0]] = judged = [];
            }

            judged[parts[1]] = double.Parse(parts[2], CultureInfo.InvariantCulture);
        }

        return new BeirDataset(
            corpus,
            queries,
            judgments.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, double>)p.Value)
        );
    }

    private static async IAsyncEnumerable<JsonElement> ReadJsonLines(
        string path,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            yield return document.RootElement.Clone();
        }
    }

    private static string String(JsonElement json, string property) =>
        json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : "";
}

public sealed record BeirDocument(string Id, string Title, string Text);

public sealed record BeirQuery(string Id, string Text);
