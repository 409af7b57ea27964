using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;

namespace JjjMatch.Notifications.Features.Recipients;

public static class OrganisationOfCaller
{
    /// <summary>Everything here belongs to an organisation: a token without one may not use it (403).</summary>
    public static Guid RequireOrganisation(this CurrentUser user) =>
        user.OrganisationId ?? throw new ForbiddenException("The token names no organisation / 令牌缺少机构.");
}
