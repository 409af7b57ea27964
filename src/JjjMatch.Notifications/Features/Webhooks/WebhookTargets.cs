using System.Net;
using System.Net.Sockets;

namespace JjjMatch.Notifications.Features.Webhooks;

/// <summary>
/// Where a webhook may point (SSRF): outside the embedded default only https to public addresses. The URL is checked
/// when registered, and every connection again on the address it actually resolved to, so a name that later
/// resolves to a private address is refused too.
/// </summary>
public static class WebhookTargets
{
    /// <returns>Why the URL is refused, or null.</returns>
    public static string? Refusal(string? url, bool allowPrivate)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return "Give an absolute https URL / 请填写完整的 https 地址.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo) || uri.Fragment.Length > 0)
        {
            return "The URL must not carry credentials or a fragment / 地址不能包含凭据或片段.";
        }

        if (allowPrivate)
        {
            return null;
        }

        if (uri.Scheme != "https")
        {
            return "Only https URLs are accepted / 仅接受 https 地址.";
        }

        if (
            uri.IsLoopback
            || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host, out var address) && !IsPublic(address))
        )
        {
            return "Private, loopback and link-local targets are not accepted / 不接受内网或本机地址.";
        }

        return null;
    }

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast.
            return !(
                address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (first & 0xfe) == 0xfc
            );
        }

        var b = address.GetAddressBytes();
        return !(
            b[0] == 10
            || b[0] == 0
            || b[0] == 127
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 192 && b[1] == 0 && b[2] == 0)
            || (b[0] == 198 && (b[1] == 18 || b[1] == 19))
            || b[0] >= 224
        );
    }
}
