using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;

namespace JjjMatch.Achievements.Domain;

/// <summary>
/// A research result offered by a university or institute. Draft -> Published -> Withdrawn | Transferred.
/// </summary>
public sealed class Achievement
{
    private Achievement() { }

    public Guid Id { get; private set; }

    public Guid OwnerId { get; private set; }

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public List<string> Keywords { get; private set; } = [];

    public string Industry { get; private set; } = "";

    /// <summary>
    /// The industry's parent, stored so that a filter on a parent is an index range (see the list query).
    /// </summary>
    public string IndustryParent { get; private set; } = "";

    public string? TechnologyField { get; private set; }

    public string MaturityScale { get; private set; } = Maturity.Trl;

    public int MaturityLevel { get; private set; }

    public List<Patent> Patents { get; private set; } = [];

    public CooperationModes TransferModes { get; private set; }

    public decimal? PriceMin { get; private set; }

    public decimal? PriceMax { get; private set; }

    public string OwnerInstitution { get; private set; } = "";

    public Province Province { get; private set; }

    public string? City { get; private set; }

    public Contact Contact { get; private set; } = new("", null, null);

    public AchievementStatus Status { get; private set; }

    /// <summary>Lower-cased title, summary and keywords: what the list's text filter looks in.</summary>
    public string SearchText { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    /// <summary>Optimistic concurrency token: two writers of one version cannot both win.</summary>
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

    public Maturity Maturity => new(MaturityScale, MaturityLevel);

    public PriceRange AskingPrice => new(PriceMin, PriceMax);

    public Region Region => new(Province, City);

    public static Achievement CreateDraft(Guid ownerId, AchievementDetails details, DateTime now)
    {
        var achievement = new Achievement
        {
            Id = Guid.CreateVersion7(),
            OwnerId = ownerId,
            Status = AchievementStatus.Draft,
            CreatedAt = now,
        };
        achievement.Apply(details, now);
        return achievement;
    }

    public static Achievement CreateImported(Guid ownerId, AchievementDetails details, string importKey, DateTime now)
    {
        var achievement = CreateDraft(ownerId, details, now);
        achievement.ImportKey = importKey;
        return achievement;
    }

    public void Update(AchievementDetails details, DateTime now)
    {
        if (Status is not (AchievementStatus.Draft or AchievementStatus.Published))
        {
            throw new ConflictException($"A {Status} achievement can no longer be changed.");
        }

        Apply(details, now);
    }

    public void Publish(DateTime now)
    {
        MoveTo(AchievementStatus.Published, now, from: AchievementStatus.Draft);
        PublishedAt = now;
    }

    public void Withdraw(DateTime now) => MoveTo(AchievementStatus.Withdrawn, now, from: AchievementStatus.Published);

    public void MarkTransferred(DateTime now) =>
        MoveTo(AchievementStatus.Transferred, now, from: AchievementStatus.Published);

    private void MoveTo(AchievementStatus target, DateTime now, AchievementStatus from)
    {
        if (Status != from)
        {
            throw new ConflictException(
                $"Cannot move an achievement from {Status} to " + $"{target}; only a {from} one can be."
            );
        }

        Status = target;
        Touch(now);
    }

    private void Apply(AchievementDetails details, DateTime now)
    {
        Title = details.Title.Trim();
        Summary = details.Summary.Trim();
        Keywords = details.Keywords.Select(k => k.Trim()).ToList();
        Industry = details.Industry;
        IndustryParent = Industries.ParentOf(details.Industry);
        TechnologyField = details.TechnologyField?.Trim();
        MaturityScale = details.Maturity.Scale;
        MaturityLevel = details.Maturity.Level;
        Patents = details.Patents.ToList();
        TransferModes = details.TransferModes;
        PriceMin = details.AskingPrice.Min;
        PriceMax = details.AskingPrice.Max;
        OwnerInstitution = details.OwnerInstitution.Trim();
        Province = details.Region.Province;
        City = details.Region.City;
        Contact = details.Contact;
        SearchText = string.Join('\n', [Title, Summary, .. Keywords]).ToLowerInvariant();
        Touch(now);
    }

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }
}
