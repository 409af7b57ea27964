using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace JjjMatch.Matching.Engine.Search.Elasticsearch;

/// <summary>
/// The client's settings from <see cref="ElasticsearchOptions"/>: nodes, sign-in, certificate, timeout.
/// </summary>
public static class ElasticsearchConnection
{
    /// <param name="options">Settings without <see cref="ElasticsearchOptions.Problems"/>.</param>
    /// <param name="invoker">What sends the requests; HTTP unless given (tests record them in memory).</param>
    public static ElasticsearchClientSettings Settings(ElasticsearchOptions options, IRequestInvoker? invoker = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var nodes = options.Nodes();
        // A static pool without sniffing: the nodes given are the ones to use, whatever the cluster says of itself
        // (its published addresses are often internal to its network).
        NodePool pool = nodes.Count == 1 ? new SingleNodePool(nodes[0]) : new StaticNodePool(nodes, randomize: false);
        var settings = invoker is null
            ? new ElasticsearchClientSettings(pool)
            : new ElasticsearchClientSettings(pool, invoker);
        settings.RequestTimeout(options.RequestTimeout);
        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            settings.Authentication(new ApiKey(options.ApiKey.Trim()));
        }
        else if (!string.IsNullOrWhiteSpace(options.Username))
        {
            settings.Authentication(new BasicAuthentication(options.Username, options.Password ?? ""));
        }

        if (!string.IsNullOrWhiteSpace(options.CertificateFingerprint))
        {
            settings.CertificateFingerprint(options.CertificateFingerprint.Trim());
        }

        return settings;
    }
}
