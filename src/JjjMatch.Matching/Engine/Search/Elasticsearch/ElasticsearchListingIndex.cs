using System.Net;
using System.Text.Json;

namespace JjjMatch.Matching.Engine.Search.Elasticsearch;

/// <summary>
/// The index port over Elasticsearch's REST API (no client package restores here): one index per listing kind,
/// created with its mapping on first use, _bulk writes, more_like_this search with filters and highlighting.
/// The HttpClient's BaseAddress is the cluster's URL.
/// </summary>
public sealed class ElasticsearchListingIndex(HttpClient http, ElasticsearchOptions options)
    : IListingIndex,
        IDisposable
{
    private readonly SemaphoreSlim creation = new(1, 1);
    private bool created;

    public bool KeepsDocuments => true;

    public async Task UpsertAsync(
        IReadOnlyCollection<ListingDocument> documents,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return;
        }

        await InitializeAsync(cancellationToken);
        using var response = await http.PostAsync(
            $"_bulk{RefreshParameter}",
            ElasticsearchRequests.NdJson(ElasticsearchRequests.BulkBody(documents, options)),
            cancellationToken
        );
        using var body = await ReadSuccessAsync(response, "bulk indexing", cancellationToken);
        if (body.RootElement.GetProperty("errors").GetBoolean())
        {
            throw new ElasticsearchException(
                "Elasticsearch rejected part of " + $"a bulk request: {FirstBulkError(body.RootElement)}"
            );
        }
    }

    public async Task RemoveAsync(ListingKind kind, Guid id, CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        using var response = await http.DeleteAsync(
            $"{options.IndexName(kind)}/_doc/{id}{RefreshParameter}",
            cancellationToken
        );
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            (await ReadSuccessAsync(response, "delete", cancellationToken)).Dispose();
        }
    }

    public async Task<IReadOnlyList<ListingHit>> SearchAsync(
        ListingQuery query,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Top <= 0 || string.IsNullOrWhiteSpace(query.Text))
        {
            return [];
        }

        await InitializeAsync(cancellationToken);
        using var response = await http.PostAsync(
            $"{options.IndexName(query.Filter.Kind)}/_search",
            ElasticsearchRequests.Json(ElasticsearchRequests.SearchBody(query, options)),
            cancellationToken
        );
        using var body = await ReadSuccessAsync(response, "search", cancellationToken);
        return ElasticsearchSearchResponse.Parse(body.RootElement);
    }

    public async Task<int> CountAsync(ListingKind kind, CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        using var response = await http.GetAsync($"{options.IndexName(kind)}/_count", cancellationToken);
        using var body = await ReadSuccessAsync(response, "count", cancellationToken);
        return body.RootElement.GetProperty("count").GetInt32();
    }

    /// <summary>Creates both indices with their mappings unless they exist; runs once per instance.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (created)
        {
            return;
        }

        await creation.WaitAsync(cancellationToken);
        try
        {
            if (created)
            {
                return;
            }

            foreach (var kind in Enum.GetValues<ListingKind>())
            {
                var name = options.IndexName(kind);
                using var exists = await http.SendAsync(
                    new HttpRequestMessage(HttpMethod.Head, name),
                    cancellationToken
                );
                if (exists.StatusCode != HttpStatusCode.NotFound)
                {
                    continue;
                }

                using var response = await http.PutAsync(
                    name,
                    ElasticsearchRequests.Json(ElasticsearchRequests.IndexDefinition(options)),
                    cancellationToken
                );
                (await ReadSuccessAsync(response, $"creating index {name}", cancellationToken)).Dispose();
            }

            created = true;
        }
        finally
        {
            creation.Release();
        }
    }

    private string RefreshParameter => options.RefreshOnWrite ? "?refresh=wait_for" : "";

    private static async Task<JsonDocument> ReadSuccessAsync(
        HttpResponseMessage response,
        string operation,
        CancellationToken cancellationToken
    )
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ElasticsearchException(
                $"Elasticsearch {operation} failed " + $"with {(int)response.StatusCode}: {text}"
            );
        }

        return JsonDocument.Parse(text.Length == 0 ? "{}" : text);
    }

    private static string FirstBulkError(JsonElement body) =>
        body.GetProperty("items")
            .EnumerateArray()
            .Select(item => item.EnumerateObject().First().Value)
            .Where(result => result.TryGetProperty("error", out _))
            .Select(result => result.GetProperty("error").ToString())
            .FirstOrDefault()
        ?? "unknown error";

    public void Dispose() => creation.Dispose();
}
