namespace JjjMatch.Testing;

/// <summary>A word that marks one test's listings, so list searches find only them.</summary>
public static class SearchTags
{
    /// <summary>
    /// "t" and ten letters. No digits: a search for a number (<c>100%_</c> is searched as <c>100</c>) would otherwise
    /// find the tag itself whenever its random digits happened to contain the number.
    /// </summary>
    public static string New() =>
        "t" + string.Concat(Guid.NewGuid().ToString("N")[..10].Select(c => c <= '9' ? (char)('g' + c - '0') : c));
}
