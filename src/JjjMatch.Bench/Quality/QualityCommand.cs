using System.CommandLine;
using JjjMatch.Matching.Engine.Indexing;

namespace JjjMatch.Bench.Quality;

/// <summary><c>quality --dataset DIR</c>: ranking quality of the production matcher on a labelled set.</summary>
public static class QualityCommand
{
    public static Command Create()
    {
        var dataset = new Option<DirectoryInfo>("--dataset")
        {
            Description =
                "A folder with corpus.jsonl, queries.jsonl and "
                + "qrels.tsv (BEIR layout), e.g. ../shared/data/bench/zhibei-problem-to-achievement",
            Required = true,
        };
        dataset.AcceptExistingOnly();
        var method = new Option<string>("--method")
        {
            Description = $"Ranking method: {string.Join(" | ", QualityMethodNames.All)}",
            DefaultValueFactory = _ => QualityMethodNames.Matcher,
        };
        method.AcceptOnlyFromAmong([.. QualityMethodNames.All]);

        var engine = new Option<string>("--index")
        {
            Description = "The in-process index adapter that retrieves: embedded | lucene",
            DefaultValueFactory = _ => "embedded",
        };
        engine.AcceptOnlyFromAmong("embedded", "lucene");

        var quality = new Command(
            "quality",
            "nDCG@10, MRR@10, Recall@10 and Recall@50 of the matcher on a labelled set"
        )
        {
            dataset,
            method,
            engine,
        };
        quality.SetAction(
            async (result, ct) =>
            {
                var options = new QualityOptions
                {
                    Method = QualityMethodNames.Parse(result.GetValue(method)!),
                    Engine = Enum.Parse<SearchProvider>(result.GetValue(engine)!, ignoreCase: true),
                };
                await QualityBenchmark.RunAsync(result.GetValue(dataset)!.FullName, Console.Out, options, ct);
                return 0;
            }
        );
        return quality;
    }
}
