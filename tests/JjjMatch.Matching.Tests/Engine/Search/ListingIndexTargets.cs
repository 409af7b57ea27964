using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Engine.Search.Elasticsearch;
using JjjMatch.Matching.Engine.Search.Lucene;

namespace JjjMatch.Matching.Tests.Engine.Search;

/// <summary>
/// The index adapters the contract runs against. The embedded index and Lucene.Net (in a temporary folder, mapped as
/// in production) always; Elasticsearch only when
/// JJJMATCH_ELASTICSEARCH_URL names a cluster, and then a cluster that cannot be reached fails the tests.
/// Without the variable there are no Elasticsearch rows at all, so nothing shows up as skipped or passes vacuously.
/// </summary>
public static class ListingIndexTargets
{
    public const string Embedded = "embedded";
    public const string Lucene = "lucene";
    public const string Elasticsearch = "elasticsearch";
    public const string UrlVariable = "JJJMATCH_ELASTICSEARCH_URL";

    public static TheoryData<string> Available
    {
        get
        {
            var targets = new TheoryData<string> { Embedded, Lucene };
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(UrlVariable)))
            {
                targets.Add(Elasticsearch);
            }

            return targets;
        }
    }

    public static async Task<IndexUnderTest> CreateAsync(string target)
    {
        if (target == Embedded)
        {
            var embedded = new EmbeddedIndex();
            return new IndexUnderTest(embedded, () =>
            {
                embedded.Dispose();
                return Task.CompletedTask;
            });
        }

        if (target == Lucene)
        {
            var folder = Directory.CreateTempSubdirectory("jjjmatch-lucene-contract-");
            var lucene = new LuceneListingIndex(folder.FullName);
            await lucene.InitializeAsync();
            return new IndexUnderTest(lucene, () =>
            {
                lucene.Dispose();
                folder.Delete(recursive: true);
                return Task.CompletedTask;
            });
        }

        var url = Environment.GetEnvironmentVariable(UrlVariable)
            ?? throw new InvalidOperationException($"{UrlVariable} is not set.");
        var options = new ElasticsearchOptions
        {
            Url = url,
            IndexPrefix = $"jjjmatch-test-{Guid.NewGuid():N}",
            Refresh = RefreshPolicy.WaitFor,
        };
        var index = new ElasticsearchListingIndex(options);
        await index.InitializeAsync();
        return new IndexUnderTest(index, async () =>
        {
            foreach (var kind in Enum.GetValues<ListingKind>())
            {
                await index.Client.Indices.DeleteAsync(options.IndexName(kind));
            }

            index.Dispose();
        });
    }
}

public sealed class IndexUnderTest(IListingIndex index, Func<Task> cleanup) : IAsyncDisposable
{
    public IListingIndex Index { get; } = index;

    public async ValueTask DisposeAsync() => await cleanup();
}
