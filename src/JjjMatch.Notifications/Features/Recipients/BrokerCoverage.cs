using JjjMatch.Notifications.Features.Listings;

namespace JjjMatch.Notifications.Features.Recipients;

/// <summary>
/// The review queue's rule (matching's BrokerCoverage), applied to the broker's last-seen token: a pair is covered when
/// either side lies in one of the broker's provinces and either side's industry, or its parent, is one of the broker's
/// industries; a dimension the token names nothing for covers everything.
/// </summary>
public static class BrokerCoverage
{
    public static bool Covers(Recipient broker, ListingCopy achievement, ListingCopy demand)
    {
        var regions =
            broker.Regions.Count == 0
            || broker.Regions.Any(r =>
                r.Equals(achievement.Province, StringComparison.OrdinalIgnoreCase)
                || r.Equals(demand.Province, StringComparison.OrdinalIgnoreCase)
            );
        var industries =
            broker.Industries.Count == 0
            || broker.Industries.Any(i =>
                i == achievement.Industry
                || i == Parent(achievement.Industry)
                || i == demand.Industry
                || i == Parent(demand.Industry)
            );
        return regions && industries;
    }

    private static string Parent(string industry) =>
        industry.IndexOf('-', StringComparison.Ordinal) is var dash and > 0 ? industry[..dash] : industry;
}
