using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace JjjMatch.Notifications.Features.Webhooks;

/// <summary>
/// What one attempt got back: a status (or none, when the request failed) and at most 1 KB of the answer.
/// </summary>
public sealed record WebhookAttempt(int? StatusCode, string? Response, TimeSpan? RetryAfter, string? Error)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}

/// <summary>
/// Sends one signed delivery. Redirects are not followed (a 3xx is a failure), the request times out after the
/// configured 10 s, only the first kilobyte of the answer is read, and every connection is checked against the SSRF
/// rule on the address it resolved to.
/// </summary>
public sealed class WebhookSender(HttpClient client, TimeProvider time)
{
    public const string ClientName = "webhooks";

    public async Task<WebhookAttempt> SendAsync(
        WebhookEndpoint endpoint,
        string messageId,
        string body,
        CancellationToken cancellationToken
    )
    {
        var now = time.GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", messageId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(
            "webhook-signature",
            WebhookSecrets.Header(endpoint, messageId, timestamp, body, now.UtcDateTime)
        );
        try
        {
            using var response = await client.SendAsync(
                request,
                HttpCompletionOption.ResponseHeadersRead,
                cancellationToken
            );
            var text = await ReadStartAsync(response, cancellationToken);
            return new WebhookAttempt((int)response.StatusCode, text, RetryAfter(response, now), null);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            var error = exception is TaskCanceledException ? "timed out" : exception.Message;
            return new WebhookAttempt(null, null, null, Cut(error, 500));
        }
    }

    /// <summary>The client every sender uses: no redirects, the SSRF check on connect, the timeout.</summary>
    public static SocketsHttpHandler Handler(bool allowPrivate) =>
        new()
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = 64,
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context, allowPrivate, cancellationToken),
        };

    private static async ValueTask<Stream> ConnectAsync(
        SocketsHttpConnectionContext context,
        bool allowPrivate,
        CancellationToken cancellationToken
    )
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = allowPrivate ? addresses : addresses.Where(WebhookTargets.IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"{host} resolves to no public address; not connecting (SSRF rule).");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<string> ReadStartAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[WebhookLimits.StoredResponseBytes];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        // Cut on a character boundary: the stored text stays within the limit in UTF-8 too.
        return Cut(Encoding.UTF8.GetString(buffer, 0, read).TrimEnd('\uFFFD'), WebhookLimits.StoredResponseBytes);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
            _ => null,
        };

    private static string Cut(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return text;
        }

        var length = Math.Min(text.Length, maxBytes);
        while (length > 0 && Encoding.UTF8.GetByteCount(text.AsSpan(0, length)) > maxBytes)
        {
            length--;
        }

        return text[..length];
    }
}
