using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;

namespace JjjMatch.WebConsole.Api;

/// <summary>
/// Where the console finds the API: <c>Console:ApiBaseUrl</c> when set (a host that serves the console in front of
/// services hosted elsewhere), else this host's own listening address. Never the request's Host header, which the
/// browser controls and which would carry the session's token wherever it pointed.
/// </summary>
public sealed class ApiAddress(IConfiguration configuration, IServer server)
{
    private Uri? resolved;

    private Uri? published;

    public Uri BaseAddress => resolved ??= Configured("Console:ApiBaseUrl") ?? Own();

    /// <summary>
    /// Where browsers reach this console: <c>Console:PublicBaseUrl</c> when set (behind a proxy), else this host's own
    /// address; the sign-in's redirect URI is made from it.
    /// </summary>
    public Uri PublicAddress => published ??= Configured("Console:PublicBaseUrl") ?? Own();

    private Uri? Configured(string key) =>
        configuration[key] is { Length: > 0 } url ? new Uri(url.TrimEnd('/') + "/") : null;

    private Uri Own()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Set Console:ApiBaseUrl: this host listens on no address.");
        var uri = new UriBuilder(chosen.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "127.0.0.1";
        }

        uri.Path = "/";
        return uri.Uri;
    }
}
