using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JjjMatch.Notifications.Tests.Webhooks;

/// <summary>One request as the receiver got it.</summary>
public sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, string Body, DateTime At);

/// <summary>
/// A real HTTP receiver on loopback (Kestrel), as a customer would run one: it verifies the Standard Webhooks signature
/// with its secret, deduplicates on <c>webhook-id</c>, and answers what the test tells it to.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, ReceivedWebhook> processed = new();
    private readonly ConcurrentQueue<ReceivedWebhook> all = new();

    private WebhookReceiver(WebApplication app) => this.app = app;

    /// <summary>The answer to the next request; 200 unless changed.</summary>
    public Func<ReceivedWebhook, (int Status, string Body, string? RetryAfter)> Answer { get; set; } =
        _ => (200, "ok", null);

    public string? Secret { get; set; }

    public string Url =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";

    public IReadOnlyCollection<ReceivedWebhook> Processed => processed.Values.ToList();

    public IReadOnlyCollection<ReceivedWebhook> All => all.ToList();

    public int BadSignatures { get; private set; }

    public static Task<WebhookReceiver> StartAsync(int port = 0) => StartAsync($"http://127.0.0.1:{port}");

    public static async Task<WebhookReceiver> StartAsync(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", receiver.HandleAsync);
        app.MapPost("/redirect", () => Results.Redirect("/hook"));
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>Standard Webhooks verification: any of the space-separated v1 signatures under the secret.</summary>
    public static bool Verify(string secret, ReceivedWebhook hook)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = Convert.ToBase64String(
            HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{hook.Id}.{hook.Timestamp}.{hook.Body}"))
        );
        return hook.Signature.Split(' ').Any(s => s == "v1," + expected);
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var hook = new ReceivedWebhook(
            request.Headers["webhook-id"].ToString(),
            request.Headers["webhook-timestamp"].ToString(),
            request.Headers["webhook-signature"].ToString(),
            await reader.ReadToEndAsync(),
            DateTime.UtcNow
        );
        all.Enqueue(hook);
        if (Secret is { } secret && !Verify(secret, hook))
        {
            BadSignatures++;
            return Results.StatusCode((int)HttpStatusCode.Unauthorized);
        }

        var (status, body, retryAfter) = Answer(hook);
        if (status is >= 200 and < 300)
        {
            processed.TryAdd(hook.Id, hook);
        }

        if (retryAfter is not null)
        {
            request.HttpContext.Response.Headers.RetryAfter = retryAfter;
        }

        return Results.Text(body, "text/plain", Encoding.UTF8, status);
    }
}
