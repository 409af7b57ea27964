using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.Accounts.Domain;

/// <summary>A university, institute, enterprise or intermediary on the platform, vouched for by the operator.</summary>
public sealed class Organisation
{
    public Guid Id { get; init; }

    public string NameZh { get; private set; } = "";

    public string? NameEn { get; private set; }

    public OrganisationKind Kind { get; private set; }

    public Province Province { get; private set; }

    public string? City { get; private set; }

    public string CreditCode { get; private set; } = "";

    public string ContactName { get; private set; } = "";

    public string? ContactPhone { get; private set; }

    public OrganisationStatus Status { get; private set; }

    /// <summary>The operator's reason for the last rejection or suspension.</summary>
    public string? StatusReason { get; private set; }

    public DateTime RegisteredAt { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    public int Version { get; private set; }

    public static Organisation Register(
        string nameZh,
        string? nameEn,
        OrganisationKind kind,
        Region region,
        string creditCode,
        string contactName,
        string? contactPhone,
        DateTime now,
        Guid? id = null
    ) =>
        new()
        {
            Id = id ?? Guid.CreateVersion7(),
            NameZh = nameZh.Trim(),
            NameEn = string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim(),
            Kind = kind,
            Province = region.Province,
            City = string.IsNullOrWhiteSpace(region.City) ? null : region.City.Trim(),
            CreditCode = Domain.CreditCode.Normalise(creditCode),
            ContactName = contactName.Trim(),
            ContactPhone = string.IsNullOrWhiteSpace(contactPhone) ? null : contactPhone.Trim(),
            Status = OrganisationStatus.Pending,
            RegisteredAt = now,
            Version = 1,
        };

    public bool IsApproved => Status == OrganisationStatus.Approved;

    /// <summary>Its people may sign in and get tokens (a rejected organisation's may not).</summary>
    public bool MaySignIn =>
        Status is OrganisationStatus.Pending or OrganisationStatus.Approved or OrganisationStatus.Suspended;

    public void Approve(DateTime now) =>
        Move(OrganisationStatus.Approved, null, now, OrganisationStatus.Pending, OrganisationStatus.Suspended);

    public void Reject(string reason, DateTime now) =>
        Move(OrganisationStatus.Rejected, reason, now, OrganisationStatus.Pending);

    public void Suspend(string reason, DateTime now) =>
        Move(OrganisationStatus.Suspended, reason, now, OrganisationStatus.Approved);

    private void Move(OrganisationStatus to, string? reason, DateTime now, params OrganisationStatus[] from)
    {
        if (!from.Contains(Status))
        {
            throw new ConflictException(
                $"An organisation that is {Status} cannot become {to} / 机构当前状态不允许此操作."
            );
        }

        Status = to;
        StatusReason = reason?.Trim();
        ReviewedAt = now;
        Version++;
    }
}
