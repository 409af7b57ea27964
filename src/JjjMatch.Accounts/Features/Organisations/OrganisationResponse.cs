using JjjMatch.Accounts.Domain;

namespace JjjMatch.Accounts.Features.Organisations;

/// <summary>
/// An organisation as its members and the operator see it; anyone else gets the public part (no contact, no credit
/// code, no reason).
/// </summary>
public sealed record OrganisationResponse(
    Guid Id,
    string Name,
    string? NameEn,
    string Kind,
    string Province,
    string? City,
    string Status,
    string? CreditCode,
    string? ContactName,
    string? ContactPhone,
    string? StatusReason,
    DateTime RegisteredAt,
    DateTime? ReviewedAt,
    int Version
)
{
    public static OrganisationResponse From(Organisation o, bool full) =>
        new(
            o.Id,
            o.NameZh,
            o.NameEn,
            o.Kind.ToString().ToLowerInvariant(),
            o.Province.ToString().ToLowerInvariant(),
            o.City,
            o.Status.ToString().ToLowerInvariant(),
            full ? o.CreditCode : null,
            full ? o.ContactName : null,
            full ? o.ContactPhone : null,
            full ? o.StatusReason : null,
            o.RegisteredAt,
            o.ReviewedAt,
            o.Version
        );
}
