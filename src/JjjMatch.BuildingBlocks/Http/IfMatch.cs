using Microsoft.AspNetCore.Http;

namespace JjjMatch.BuildingBlocks.Http;

public static class IfMatch
{
    /// <summary>The version a client last saw, from <c>If-Match: "3"</c>; null when absent or not a version.</summary>
    public static int? Version(HttpRequest request) =>
        int.TryParse(request.Headers.IfMatch.ToString().Trim('"', 'W', '/', ' '), out var version) ? version : null;
}
