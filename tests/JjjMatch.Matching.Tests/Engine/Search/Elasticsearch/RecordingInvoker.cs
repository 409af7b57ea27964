using System.Text;
using Elastic.Transport;

namespace JjjMatch.Matching.Tests.Engine.Search.Elasticsearch;

/// <summary>
/// Stands in for an Elasticsearch cluster, which cannot run on these machines: the client's requests are recorded
/// with their bodies, and each is answered from a script through Elastic.Transport's in-memory invoker (404 for index
/// existence checks, so the adapter creates its indices; success with no hits otherwise).
/// </summary>
internal sealed class RecordingInvoker(Func<RecordedRequest, (int Status, string Body)>? respond = null)
    : IRequestInvoker
{
    // The client refuses answers that do not say they come from Elasticsearch (its product check).
    private readonly InMemoryRequestInvoker responses = new(
        responseBody: null,
        statusCode: 200,
        exception: null,
        contentType: "application/json",
        headers: new() { ["x-elastic-product"] = ["Elasticsearch"] }
    );

    public List<RecordedRequest> Requests { get; } = [];

    public ResponseFactory ResponseFactory => responses.ResponseFactory;

    public async Task<TResponse> RequestAsync<TResponse>(
        Endpoint endpoint,
        BoundConfiguration boundConfiguration,
        PostData? postData,
        CancellationToken cancellationToken
    )
        where TResponse : TransportResponse, new()
    {
        var body = "";
        if (postData is not null)
        {
            using var stream = new MemoryStream();
            await postData.WriteAsync(stream, boundConfiguration.ConnectionSettings, true, cancellationToken);
            body = Encoding.UTF8.GetString(stream.ToArray());
        }

        var request = Record(endpoint, boundConfiguration, body);
        var (status, responseBody) = respond?.Invoke(request) ?? Default(request);
        return await responses.BuildResponseAsync<TResponse>(
            endpoint,
            boundConfiguration,
            postData,
            cancellationToken,
            Encoding.UTF8.GetBytes(responseBody),
            status,
            "application/json"
        );
    }

    public TResponse Request<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData)
        where TResponse : TransportResponse, new() =>
        throw new NotSupportedException("The adapter only sends asynchronous requests.");

    public void Dispose() => ((IDisposable)responses).Dispose();

    private RecordedRequest Record(Endpoint endpoint, BoundConfiguration configuration, string body)
    {
        string? authorization = null;
        if (configuration.AuthenticationHeader is { } header && header.TryGetAuthorizationParameters(out var value))
        {
            authorization = $"{header.AuthScheme} {value}";
        }

        var request = new RecordedRequest(
            endpoint.Method.ToString(),
            endpoint.Uri.PathAndQuery,
            body,
            endpoint.Uri,
            authorization,
            configuration.RequestTimeout
        );
        Requests.Add(request);
        return request;
    }

    private static (int, string) Default(RecordedRequest request) =>
        request.Method == "HEAD" && request.Path != "/" ? (404, "")
        : request.PathOnly.EndsWith("/_bulk", StringComparison.Ordinal) ? (200, """{"errors":false,"items":[]}""")
        : request.PathOnly.EndsWith("/_search", StringComparison.Ordinal)
            ? (200, """{"hits":{"max_score":null,"hits":[]}}""")
        : (200, "{}");
}

internal sealed record RecordedRequest(
    string Method,
    string Path,
    string Body,
    Uri Uri,
    string? Authorization,
    TimeSpan RequestTimeout
)
{
    public string PathOnly => Path.Split('?')[0];

    public string Query => Path.Contains('?', StringComparison.Ordinal) ? Path[(Path.IndexOf('?') + 1)..] : "";
}
