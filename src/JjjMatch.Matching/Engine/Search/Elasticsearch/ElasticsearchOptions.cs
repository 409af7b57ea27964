using System.Text.RegularExpressions;

namespace JjjMatch.Matching.Engine.Search.Elasticsearch;

/// <summary>
/// Configuration section "Search:Elasticsearch": the cluster, how to sign in to it, and every setting the adapter
/// sends it.
/// </summary>
public sealed partial record ElasticsearchOptions
{
    public const string Section = "Search:Elasticsearch";

    /// <summary>
    /// The cluster's URL, or several separated by commas: one per node, tried in turn when one fails.
    /// </summary>
    public string Url { get; init; } = "http://localhost:9200/";

    /// <summary>
    /// An API key in its encoded form (what Elasticsearch returns as "encoded"); not with a user name.
    /// </summary>
    public string? ApiKey { get; init; }

    /// <summary>Basic authentication, with <see cref="Password"/>; not with an API key.</summary>
    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>
    /// SHA-256 fingerprint of the cluster's CA or HTTP certificate (hex, colons allowed), for a self-signed cluster
    /// over https.
    /// </summary>
    public string? CertificateFingerprint { get; init; }

    /// <summary>
    /// Each listing kind lives in its own index, "{prefix}-achievement" and "{prefix}-demand", so each gets its own
    /// term statistics.
    /// </summary>
    public string IndexPrefix { get; init; } = "jjjmatch";

    /// <summary>How long one request may take, retries to other nodes included.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>When writes become visible to searches (<see cref="RefreshPolicy"/>).</summary>
    public RefreshPolicy Refresh { get; init; } = RefreshPolicy.None;

    /// <summary>
    /// number_of_shards of a new index. One keeps term statistics exact, as in the embedded index, at this market's
    /// size.
    /// </summary>
    public int Shards { get; init; } = 1;

    /// <summary>
    /// As in the embedded index: long texts are reduced to this many most telling terms (more_like_this's
    /// max_query_terms).
    /// </summary>
    public int MaxQueryTerms { get; init; } = 32;

    /// <summary>more_like_this's min_term_freq: a short query's terms occur once, and must count.</summary>
    public int MinTermFrequency { get; init; } = 1;

    /// <summary>more_like_this's min_doc_freq: a term in a single listing is the most telling of all.</summary>
    public int MinDocFrequency { get; init; } = 1;

    /// <summary>
    /// more_like_this's minimum_should_match: one shared term makes a candidate; scoring decides the rest.
    /// </summary>
    public string MinimumShouldMatch { get; init; } = "1";

    public string IndexName(ListingKind kind) => $"{IndexPrefix}-{KindValue(kind)}";

    public static string KindValue(ListingKind kind) => kind == ListingKind.Achievement ? "achievement" : "demand";

    /// <summary>The nodes named by <see cref="Url"/>; call <see cref="Problems"/> first.</summary>
    public IReadOnlyList<Uri> Nodes() =>
        [.. UrlParts().Select(part => new Uri(part.TrimEnd('/') + "/", UriKind.Absolute))];

    /// <summary>What is wrong with these settings, each naming its key; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var parts = UrlParts();
        if (parts.Count == 0)
        {
            problems.Add($"{Key(nameof(Url))} must name at least one node, e.g. http://localhost:9200/.");
        }

        foreach (var part in parts.Where(part => !IsNodeAddress(part)))
        {
            problems.Add($"{Key(nameof(Url))} must hold absolute http:// or https:// addresses, not '{part}'.");
        }

        if (Given(ApiKey) && (Given(Username) || Given(Password)))
        {
            problems.Add(
                $"{Key(nameof(ApiKey))} and {Key(nameof(Username))}/{Key(nameof(Password))} are both set: "
                    + "sign in with one of them."
            );
        }
        else if (Given(Username) != Given(Password))
        {
            var missing = Given(Username) ? nameof(Password) : nameof(Username);
            problems.Add($"{Key(missing)} is missing: basic authentication needs a user name and a password.");
        }

        if (Given(CertificateFingerprint))
        {
            if (!Sha256Fingerprint().IsMatch(CertificateFingerprint!.Trim()))
            {
                problems.Add(
                    $"{Key(nameof(CertificateFingerprint))} must be a SHA-256 fingerprint (64 hex digits, colons "
                        + "allowed)."
                );
            }

            if (parts.Any(part => !part.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(
                    $"{Key(nameof(CertificateFingerprint))} is set but {Key(nameof(Url))} is not https://: "
                        + "the fingerprint would never be checked."
                );
            }
        }

        if (RequestTimeout <= TimeSpan.Zero || RequestTimeout.TotalMilliseconds > int.MaxValue)
        {
            problems.Add($"{Key(nameof(RequestTimeout))} must be positive and under 24 days, not {RequestTimeout}.");
        }

        if (!Enum.IsDefined(Refresh))
        {
            problems.Add($"{Key(nameof(Refresh))} must be None, WaitFor or Immediate, not {Refresh}.");
        }

        if (!IndexPrefixPattern().IsMatch(IndexPrefix ?? ""))
        {
            problems.Add(
                $"{Key(nameof(IndexPrefix))} must be lowercase letters, digits, '.', '_' or '-', starting with a "
                    + $"letter or digit, at most 200 characters, not '{IndexPrefix}'."
            );
        }

        AddBelowOne(problems, nameof(Shards), Shards);
        AddBelowOne(problems, nameof(MaxQueryTerms), MaxQueryTerms);
        AddBelowOne(problems, nameof(MinTermFrequency), MinTermFrequency);
        AddBelowOne(problems, nameof(MinDocFrequency), MinDocFrequency);
        if (string.IsNullOrWhiteSpace(MinimumShouldMatch))
        {
            problems.Add($"{Key(nameof(MinimumShouldMatch))} must not be empty, e.g. 1 or 30%.");
        }

        return problems;
    }

    public static string Key(string property) => $"{Section}:{property}";

    private List<string> UrlParts() =>
        [.. (Url ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static bool IsNodeAddress(string part) =>
        Uri.TryCreate(part, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host)
        && string.IsNullOrEmpty(uri.Query)
        && string.IsNullOrEmpty(uri.Fragment);

    private static bool Given(string? value) => !string.IsNullOrWhiteSpace(value);

    private static void AddBelowOne(List<string> problems, string property, int value)
    {
        if (value < 1)
        {
            problems.Add($"{Key(property)} must be at least 1, not {value}.");
        }
    }

    [GeneratedRegex("^(?:[0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}$")]
    private static partial Regex Sha256Fingerprint();

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,199}$")]
    private static partial Regex IndexPrefixPattern();
}
