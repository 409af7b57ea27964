using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using JjjMatch.WebConsole.Session;
using Microsoft.AspNetCore.Http;

namespace JjjMatch.WebConsole.Api;

/// <summary>
/// The console's only way to the services: their public HTTP API, with the session's token, as any other client.
/// </summary>
public sealed class ConsoleApi(IHttpClientFactory clients, ApiAddress address, IHttpContextAccessor accessor)
{
    public const string ClientName = "jjjmatch-console-api";

    public static JsonSerializerOptions Json { get; } =
        new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken ct) =>
        SendAsync<T>(HttpMethod.Get, path, null, Token(), ct);

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken ct) =>
        SendAsync<T>(HttpMethod.Post, path, body, Token(), ct);

    /// <summary>
    /// The count beside 通知 in every page's header: 0 when it cannot be had (a host without the notifications service,
    /// a refusal, the service unreachable), since the page itself must not fail for it.
    /// </summary>
    public async Task<int> UnreadNotificationsAsync(CancellationToken ct)
    {
        try
        {
            return (await GetAsync<UnreadCount>("/api/notifications/unread-count", ct)).Value?.Unread ?? 0;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    /// <summary>The response itself (a file to pass on); the caller disposes it.</summary>
    public async Task<HttpResponseMessage> GetRawAsync(string path, CancellationToken ct)
    {
        var request = Request(HttpMethod.Get, path, null, Token());
        return await Client().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
    }

    public async Task<ApiResult<T>> SendAsync<T>(
        HttpMethod method,
        string path,
        object? body,
        string? token,
        CancellationToken ct
    )
    {
        using var response = await Client().SendAsync(Request(method, path, body, token), ct);
        if (response.IsSuccessStatusCode)
        {
            var value =
                response.Content.Headers.ContentLength == 0
                    ? default
                    : await response.Content.ReadFromJsonAsync<T>(Json, ct);
            return new ApiResult<T>(value, null);
        }

        return new ApiResult<T>(default, await ProblemOf(response, ct));
    }

    private HttpClient Client()
    {
        var client = clients.CreateClient(ClientName);
        client.BaseAddress = address.BaseAddress;
        return client;
    }

    private string? Token() => accessor.HttpContext?.User.Token();

    private static HttpRequestMessage Request(HttpMethod method, string path, object? body, string? token)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        return request;
    }

    private static async Task<ApiProblem> ProblemOf(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<ProblemBody>(Json, ct);
            return new ApiProblem(
                status,
                problem?.Title
                    ?? response.ReasonPhrase
                    ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture),
                problem?.Detail,
                problem?.Errors ?? new Dictionary<string, string[]>()
            );
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            return new ApiProblem(status, response.ReasonPhrase ?? "", null, new Dictionary<string, string[]>());
        }
    }

    private sealed record ProblemBody(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}

public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Ok => Problem is null;
}

/// <summary>An RFC 7807 answer of the API, shown to the person as it is (its titles are bilingual).</summary>
public sealed record ApiProblem(int Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool SessionEnded => Status == (int)HttpStatusCode.Unauthorized;

    public string Message =>
        string.Join(
            " ",
            new[] { Title, Detail }
                .Concat(Errors.SelectMany(e => e.Value.Select(v => $"{e.Key}: {v}")))
                .Where(s => !string.IsNullOrWhiteSpace(s))
        );
}
