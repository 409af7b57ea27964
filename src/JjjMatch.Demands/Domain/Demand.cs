using FluentValidation;
using FluentValidation.Results;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.Demands.Domain;

/// <summary>
/// An enterprise's open list (揭榜挂帅): a technical problem with a bounty and a deadline.
/// Draft -> Open -> Awarded -> Closed, Open -> Closed, Open -> Expired once the deadline passes.
/// Owns its applications, so every rule about them (one live per organisation, award declines the rest) lives here.
/// </summary>
public sealed class Demand
{
    private readonly List<DemandApplication> applications = [];

    private Demand() { }

    public Guid Id { get; private set; }

    public Guid OwnerId { get; private set; }

    public string Title { get; private set; } = "";

    public string ProblemDescription { get; private set; } = "";

    public string ExpectedOutcome { get; private set; } = "";

    public string Industry { get; private set; } = "";

    public string? MinimumMaturityScale { get; private set; }

    /// <summary>The lowest TRL an achievement needs; null means any maturity will do.</summary>
    public int? MinimumMaturityLevel { get; private set; }

    public decimal? BountyMin { get; private set; }

    public decimal? BountyMax { get; private set; }

    public DateTime Deadline { get; private set; }

    public Province Province { get; private set; }

    public string? City { get; private set; }

    public CooperationModes CooperationModes { get; private set; }

    /// <summary>While set, the enterprise's name is left out of every public view and event.</summary>
    public bool Anonymous { get; private set; }

    public string EnterpriseName { get; private set; } = "";

    public Contact Contact { get; private set; } = new("", null, null);

    public DemandStatus Status { get; private set; }

    /// <summary>
    /// Lower-cased title, problem and expected outcome; never the enterprise name, which may be anonymous.
    /// </summary>
    public string SearchText { get; private set; } = "";

    /// <summary>
    /// Applications received; a concurrency token, so an application and an award cannot cross each other.
    /// </summary>
    public int ApplicationCount { get; private set; }

    public Guid? AwardedApplicationId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? OpenedAt { get; private set; }

    public DateTime? AwardedAt { get; private set; }

    /// <summary>When it became Closed or Expired.</summary>
    public DateTime? ClosedAt { get; private set; }

    /// <summary>Optimistic concurrency token and the version an If-Match header names.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// The owner is suspended by the operator (docs/accounts.md): the listing stays where it is, marked; set by the
    /// accounts service's events, not by the owner.
    /// </summary>
    public bool OwnerSuspended { get; private set; }

    /// <summary>
    /// Set on a listing loaded by the import command: the hash of its source line, so that a re-run skips it.
    /// </summary>
    public string? ImportKey { get; private set; }

    public IReadOnlyList<DemandApplication> Applications => applications;

    /// <summary>The name shown to the public: none while the demand is anonymous.</summary>
    public string? PublicEnterpriseName => Anonymous ? null : EnterpriseName;

    public Maturity? MinimumMaturity =>
        MinimumMaturityLevel is { } level ? new(MinimumMaturityScale ?? Maturity.Trl, level) : null;

    public PriceRange Bounty => new(BountyMin, BountyMax);

    public Region Region => new(Province, City);

    public static Demand CreateDraft(Guid ownerId, DemandDetails details, DateTime now)
    {
        var demand = new Demand
        {
            Id = Guid.CreateVersion7(),
            OwnerId = ownerId,
            Status = DemandStatus.Draft,
            CreatedAt = now,
        };
        demand.SetDetails(details, now);
        return demand;
    }

    public static Demand CreateImported(Guid ownerId, DemandDetails details, string importKey, DateTime now)
    {
        var demand = CreateDraft(ownerId, details, now);
        demand.ImportKey = importKey;
        return demand;
    }

    /// <summary>
    /// An open demand whose deadline has passed is expired, even before the expiry worker has recorded it.
    /// </summary>
    public DemandStatus StatusAt(DateTime now) =>
        Status == DemandStatus.Open && Deadline <= now ? DemandStatus.Expired : Status;

    public void Update(DemandDetails details, DateTime now)
    {
        if (StatusAt(now) is not (DemandStatus.Draft or DemandStatus.Open))
        {
            throw new ConflictException($"A demand that is {StatusAt(now)} can no longer be changed.");
        }

        SetDetails(details, now);
    }

    public void Open(DateTime now)
    {
        if (Status != DemandStatus.Draft)
        {
            throw new ConflictException($"Cannot open a demand that is {StatusAt(now)}; only a draft can be opened.");
        }

        if (Deadline <= now)
        {
            throw new ValidationException([
                new ValidationFailure(
                    nameof(Deadline),
                    "The deadline has passed; set a future deadline before opening / 截止时间已过，请先修改截止时间."
                ),
            ]);
        }

        Status = DemandStatus.Open;
        OpenedAt = now;
        Touch(now);
    }

    /// <summary>
    /// The enterprise ends the demand: an open one without a winner, or an awarded one whose work is done.
    /// </summary>
    public void Close(DateTime now)
    {
        if (StatusAt(now) is not (DemandStatus.Open or DemandStatus.Awarded))
        {
            throw new ConflictException(
                $"Cannot close a demand that is {StatusAt(now)}; only " + "an open or awarded one can be closed."
            );
        }

        End(DemandStatus.Closed, now);
    }

    /// <summary>
    /// Records the expiry of an open demand whose deadline has passed; false when there is nothing to record.
    /// </summary>
    public bool Expire(DateTime now)
    {
        if (StatusAt(now) != DemandStatus.Expired || Status == DemandStatus.Expired)
        {
            return false;
        }

        End(DemandStatus.Expired, now);
        return true;
    }

    public DemandApplication Apply(
        Guid applicantId,
        string organisation,
        Proposal proposal,
        Contact contact,
        DateTime now
    )
    {
        EnsureOpen(now, "take applications");
        if (applicantId == OwnerId)
        {
            // Awarding itself would put a deal-less "winner" on the record and close the list to real solvers.
            throw new ForbiddenException("An enterprise cannot apply to its own open list / 不能揭自己发布的榜.");
        }

        var key = DemandApplication.KeyOf(organisation);
        if (applications.Any(a => a.IsLive && a.ApplicantId == applicantId && a.ApplicantKey == key))
        {
            throw new ConflictException(
                $"'{organisation.Trim()}' already has a live application for this demand; withdraw it to "
                    + "apply again."
            );
        }

        var application = DemandApplication.Submit(Id, applicantId, organisation, proposal, contact, now);
        applications.Add(application);
        ApplicationCount++;
        return application;
    }

    public DemandApplication Withdraw(Guid applicationId, DateTime now)
    {
        var application = Find(applicationId);
        application.MoveTo(ApplicationStatus.Withdrawn, now);
        return application;
    }

    /// <summary>Picks the winner: the demand leaves the market and every other live application is declined.</summary>
    public DemandApplication Award(Guid applicationId, DateTime now)
    {
        var application = Find(applicationId);
        EnsureOpen(now, "be awarded");
        if (application.ApplicantId == OwnerId)
        {
            throw new ConflictException("An enterprise cannot award its own open list to itself / 不能把榜授予自己.");
        }

        application.MoveTo(ApplicationStatus.Awarded, now);
        DeclineLiveApplications(now);
        Status = DemandStatus.Awarded;
        AwardedApplicationId = application.Id;
        AwardedAt = now;
        Touch(now);
        return application;
    }

    private DemandApplication Find(Guid applicationId) =>
        applications.FirstOrDefault(a => a.Id == applicationId)
        ?? throw new NotFoundException("Application", applicationId);

    private void EnsureOpen(DateTime now, string action)
    {
        var status = StatusAt(now);
        if (status != DemandStatus.Open)
        {
            throw new ConflictException(
                status == DemandStatus.Expired
                    ? $"The demand's deadline has passed; it can no longer {action}."
                    : $"The demand is {status}; only an open demand can {action}."
            );
        }
    }

    private void End(DemandStatus target, DateTime now)
    {
        DeclineLiveApplications(now);
        Status = target;
        ClosedAt = now;
        Touch(now);
    }

    private void DeclineLiveApplications(DateTime now)
    {
        foreach (var live in applications.Where(a => a.IsLive))
        {
            live.MoveTo(ApplicationStatus.Declined, now);
        }
    }

    private void SetDetails(DemandDetails details, DateTime now)
    {
        Title = details.Title.Trim();
        ProblemDescription = details.ProblemDescription.Trim();
        ExpectedOutcome = details.ExpectedOutcome.Trim();
        Industry = details.Industry;
        MinimumMaturityScale = details.MinimumMaturity?.Scale;
        MinimumMaturityLevel = details.MinimumMaturity?.Level;
        BountyMin = details.Bounty.Min;
        BountyMax = details.Bounty.Max;
        Deadline = details.Deadline;
        Province = details.Region.Province;
        City = details.Region.City;
        CooperationModes = details.CooperationModes;
        Anonymous = details.Anonymous;
        EnterpriseName = details.EnterpriseName.Trim();
        Contact = details.Contact;
        SearchText = string.Join('\n', Title, ProblemDescription, ExpectedOutcome).ToLowerInvariant();
        Touch(now);
    }

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }
}
