using System.Net;

namespace JjjMatch.Matching.Tests.Engine.Search.Elasticsearch;

/// <summary>
/// Stands in for an Elasticsearch server, which cannot run on these machines: records each request with its
/// body and answers from a script (404 for index existence checks, so the adapter creates its indices).
/// </summary>
internal sealed class RecordingHandler(
    Func<HttpRequestMessage, string, (HttpStatusCode Status, string Body)>? respond = null
) : HttpMessageHandler
{
    public List<(HttpMethod Method, string Path, string Body)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, request.RequestUri!.PathAndQuery, body));
        var (status, responseBody) = respond?.Invoke(request, body) ?? Default(request);
        return new HttpResponseMessage(status) { Content = new StringContent(responseBody) };
    }

    private static (HttpStatusCode, string) Default(HttpRequestMessage request) =>
        request.Method == HttpMethod.Head ? (HttpStatusCode.NotFound, "")
        : request.RequestUri!.AbsolutePath.EndsWith("/_bulk", StringComparison.Ordinal)
            ? (HttpStatusCode.OK, """{"errors":false,"items":[]}""")
        : request.RequestUri.AbsolutePath.EndsWith("/_search", StringComparison.Ordinal)
            ? (HttpStatusCode.OK, """{"hits":{"max_score":null,"hits":[]}}""")
        : (HttpStatusCode.OK, "{}");
}
