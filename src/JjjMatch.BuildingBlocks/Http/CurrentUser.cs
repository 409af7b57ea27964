using Microsoft.AspNetCore.Http;

namespace JjjMatch.BuildingBlocks.Http;

/// <summary>The organisation acting in this request, from the bearer token's "org" claim.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    public const string OrganisationClaim = "org";

    public Guid? OrganisationId =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirst(OrganisationClaim)?.Value, out var id) ? id : null;
}
