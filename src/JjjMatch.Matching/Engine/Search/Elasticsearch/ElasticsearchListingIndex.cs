using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;
using Elastic.Transport;
using Elastic.Transport.Products.Elasticsearch;
using JjjMatch.BuildingBlocks.Settings;

namespace JjjMatch.Matching.Engine.Search.Elasticsearch;

/// <summary>
/// The index port over Elasticsearch through its official client: one index per listing kind, created with its
/// mapping by <see cref="InitializeAsync"/>, bulk writes, more_like_this search with filters and highlighting.
/// </summary>
public sealed class ElasticsearchListingIndex : IListingIndex, IDisposable
{
    private readonly ElasticsearchClientSettings settings;
    private readonly ElasticsearchOptions options;
    private readonly SemaphoreSlim creation = new(1, 1);
    private bool created;

    /// <param name="options">The settings; each problem with them is named in the exception.</param>
    /// <param name="invoker">What sends the requests; HTTP unless given (tests record them in memory).</param>
    public ElasticsearchListingIndex(ElasticsearchOptions options, IRequestInvoker? invoker = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new SettingException(string.Join(Environment.NewLine, problems));
        }

        this.options = options;
        settings = ElasticsearchConnection.Settings(options, invoker);
        Client = new ElasticsearchClient(settings);
    }

    public ElasticsearchClient Client { get; }

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
        await BulkAsync(
            documents.Select(document => new BulkIndexOperation<ListingSource>(
                ListingSource.From(document),
                options.IndexName(document.Kind)
            )
            {
                Id = document.Id.ToString(),
            }),
            "bulk indexing",
            cancellationToken
        );
    }

    /// <remarks>A bulk delete: a missing document is an item with result not_found, not an error.</remarks>
    public async Task RemoveAsync(ListingKind kind, Guid id, CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        await BulkAsync(
            [new BulkDeleteOperation(id.ToString()) { Index = options.IndexName(kind) }],
            "delete",
            cancellationToken
        );
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
        var response = await Client.SearchAsync<ListingSource>(
            ListingSearch.Request(query, options),
            cancellationToken
        );
        EnsureValid(response, "search");
        return ListingHits.From(response);
    }

    public async Task<int> CountAsync(ListingKind kind, CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        var response = await Client.CountAsync(new CountRequest(options.IndexName(kind)), cancellationToken);
        EnsureValid(response, "count");
        return checked((int)response.Count);
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
                await CreateUnlessExistsAsync(options.IndexName(kind), cancellationToken);
            }

            created = true;
        }
        finally
        {
            creation.Release();
        }
    }

    /// <summary>Pings the cluster (a HEAD on its root), for readiness: null when it answers, else why not.</summary>
    public async Task<string?> PingAsync(CancellationToken cancellationToken = default)
    {
        var response = await Client.PingAsync(cancellationToken);
        return response.IsValidResponse ? null : Failure(response, "ping").Message;
    }

    private async Task CreateUnlessExistsAsync(string name, CancellationToken cancellationToken)
    {
        var exists = await Client.Indices.ExistsAsync(name, cancellationToken);
        if (exists.ApiCallDetails.HttpStatusCode == 200)
        {
            return;
        }

        if (exists.ApiCallDetails.HttpStatusCode != 404)
        {
            throw Failure(exists, $"checking index {name}");
        }

        var response = await Client.Indices.CreateAsync(ListingMapping.CreateIndex(name, options), cancellationToken);
        // Another replica may have created it since we looked: its mapping is ours too.
        if (!response.IsValidResponse && ErrorType(response) != "resource_already_exists_exception")
        {
            throw Failure(response, $"creating index {name}");
        }
    }

    private async Task BulkAsync(
        IEnumerable<IBulkOperation> operations,
        string operation,
        CancellationToken cancellationToken
    )
    {
        var request = new BulkRequest
        {
            Operations = [.. operations],
            Refresh = options.Refresh switch
            {
                RefreshPolicy.WaitFor => Refresh.WaitFor,
                RefreshPolicy.Immediate => Refresh.True,
                _ => null,
            },
        };
        var response = await Client.BulkAsync(request, cancellationToken);
        // The client calls a bulk response with a rejected item invalid: name the item's error, not the request's.
        if (response.Errors)
        {
            var error = response.ItemsWithErrors.Select(item => item.Error).FirstOrDefault(e => e is not null);
            throw new ElasticsearchException(
                $"Elasticsearch rejected part of a bulk request: {error?.Type ?? "unknown error"}: {error?.Reason}"
            );
        }

        EnsureValid(response, operation);
    }

    private static void EnsureValid(ElasticsearchResponse response, string operation)
    {
        if (!response.IsValidResponse)
        {
            throw Failure(response, operation);
        }
    }

    private static ElasticsearchException Failure(ElasticsearchResponse response, string operation)
    {
        var details = response.ApiCallDetails;
        var reason = response.ElasticsearchServerError?.Error is { } error
            ? $"{error.Type}: {error.Reason}"
            : details.OriginalException?.Message ?? "no answer";
        var status = details.HttpStatusCode is { } code ? $" with {code}" : "";
        return new ElasticsearchException($"Elasticsearch {operation} failed{status}: {reason}");
    }

    private static string? ErrorType(ElasticsearchResponse response) => response.ElasticsearchServerError?.Error?.Type;

    public void Dispose()
    {
        creation.Dispose();
        ((IDisposable)settings).Dispose();
    }
}
