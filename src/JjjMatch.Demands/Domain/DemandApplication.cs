using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.Demands.Domain;

/// <summary>An organisation's bid to take up a demand (揭榜). Changed only through its <see cref="Demand"/>.</summary>
public sealed class DemandApplication
{
    private DemandApplication() { }

    public Guid Id { get; private set; }

    public Guid DemandId { get; private set; }

    public Guid ApplicantId { get; private set; }

    public string ApplicantOrganisation { get; private set; } = "";

    /// <summary>
    /// The organisation name trimmed and lower-cased: with the applicant id, what "the same organisation" means.
    /// </summary>
    public string ApplicantKey { get; private set; } = "";

    public string ApproachSummary { get; private set; } = "";

    public string Team { get; private set; } = "";

    public List<Milestone> Milestones { get; private set; } = [];

    public decimal Price { get; private set; }

    /// <summary>Whom the demand's enterprise reaches about this application; never in a list or an event.</summary>
    public Contact Contact { get; private set; } = new("", null, null);

    public int DurationMonths { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>
    /// Optimistic concurrency token: a withdrawal and an award of the same application cannot both win.
    /// </summary>
    public int Version { get; private set; }

    public bool IsLive => Status == ApplicationStatus.Submitted;

    public static string KeyOf(string organisation) => organisation.Trim().ToLowerInvariant();

    internal static DemandApplication Submit(
        Guid demandId,
        Guid applicantId,
        string organisation,
        Proposal proposal,
        Contact contact,
        DateTime now
    ) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            DemandId = demandId,
            ApplicantId = applicantId,
            ApplicantOrganisation = organisation.Trim(),
            ApplicantKey = KeyOf(organisation),
            ApproachSummary = proposal.ApproachSummary.Trim(),
            Team = proposal.Team.Trim(),
            Milestones = proposal.Milestones.Select(m => m with { Title = m.Title.Trim() }).ToList(),
            Price = proposal.Price,
            Contact = new Contact(contact.Name.Trim(), contact.Phone?.Trim(), contact.Email?.Trim()),
            DurationMonths = proposal.DurationMonths,
            Status = ApplicationStatus.Submitted,
            SubmittedAt = now,
            UpdatedAt = now,
            Version = 1,
        };

    internal void MoveTo(ApplicationStatus target, DateTime now)
    {
        if (!IsLive)
        {
            throw new ConflictException($"The application is {Status}; only a submitted one can become {target}.");
        }

        Status = target;
        UpdatedAt = now;
        Version++;
    }
}
