namespace JjjMatch.Matching.Engine.Standing;

/// <summary>
/// An organisation the operator suspended, as the accounts service's events say: its listings' copies stay, their
/// pending pairs stay with the brokers (marked), and no new pair is suggested with them until it is approved again.
/// </summary>
public sealed class SuspendedOrganisation
{
    private SuspendedOrganisation() { }

    public SuspendedOrganisation(Guid organisationId, DateTime suspendedAt)
    {
        OrganisationId = organisationId;
        SuspendedAt = suspendedAt;
    }

    public Guid OrganisationId { get; private set; }

    public DateTime SuspendedAt { get; private set; }
}
