using System.Security.Cryptography;
using System.Text;

namespace JjjMatch.Notifications.Features.Webhooks;

/// <summary>
/// Standard Webhooks 1.0 signing: <c>v1,</c> and the base64 HMAC-SHA256 of <c>"{webhook-id}.{webhook-
/// timestamp}.{body}"</c>
/// under the key the secret <c>whsec_&lt;base64&gt;</c> encodes.
/// </summary>
public static class WebhookSecrets
{
    public const string Prefix = "whsec_";

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string secret, string messageId, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret[Prefix.Length..]);
        var signed = Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
    }

    /// <summary>
    /// The <c>webhook-signature</c> header: during a rotation's grace, both signatures, space-separated.
    /// </summary>
    public static string Header(WebhookEndpoint endpoint, string messageId, long timestamp, string body, DateTime now)
    {
        var current = Sign(endpoint.Secret, messageId, timestamp, body);
        return endpoint.PreviousSecret is { } previous && endpoint.PreviousSecretUntil > now
            ? current + " " + Sign(previous, messageId, timestamp, body)
            : current;
    }
}
