using JjjMatch.Notifications.Features.Listings;
using JjjMatch.TextAnalysis;

namespace JjjMatch.Notifications.Features.SavedSearches;

/// <summary>
/// Reverse search (as Elasticsearch's percolator): the stored searches are indexed, and a listing is matched against
/// all of them at once. A search's text is analysed by the matcher's own analyser; a listing satisfies it when every
/// one of its terms is among the listing's terms (the search page's "every word" rule) and every filter holds. Each
/// search is filed under one of its terms, the one shared with the fewest others, so a listing looks only at the
/// searches filed under its own terms.
/// </summary>
public sealed class SavedSearchIndex
{
    private readonly Lock gate = new();
    private readonly Dictionary<Guid, IndexedSearch> searches = [];
    private readonly Dictionary<string, List<IndexedSearch>> byAnchor = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            lock (gate)
            {
                return searches.Count;
            }
        }
    }

    public void Put(SavedSearch search)
    {
        var terms = TextAnalyzer.Matching.Analyze(search.Text).Distinct(StringComparer.Ordinal).ToArray();
        lock (gate)
        {
            RemoveLocked(search.Id);
            if (search.DeletedAt is not null || terms.Length == 0)
            {
                return;
            }

            var anchor = terms.MinBy(t => (byAnchor.TryGetValue(t, out var filed) ? filed.Count : 0, -t.Length))!;
            var indexed = new IndexedSearch(
                search.Id,
                search.OrganisationId,
                SavedSearchFilters.Of(search),
                terms,
                anchor
            );
            searches[search.Id] = indexed;
            if (!byAnchor.TryGetValue(anchor, out var list))
            {
                byAnchor[anchor] = list = [];
            }

            list.Add(indexed);
        }
    }

    public void Remove(Guid id)
    {
        lock (gate)
        {
            RemoveLocked(id);
        }
    }

    /// <summary>The ids of the searches <paramref name="listing"/> satisfies.</summary>
    public List<Guid> Match(ListingCopy listing)
    {
        var terms = new HashSet<string>(TextAnalyzer.Matching.Analyze(listing.Text), StringComparer.Ordinal);
        var hits = new List<Guid>();
        lock (gate)
        {
            foreach (var term in terms)
            {
                if (!byAnchor.TryGetValue(term, out var filed))
                {
                    continue;
                }

                foreach (var search in filed)
                {
                    if (search.Filters.Admit(listing) && AllIn(search.Terms, terms))
                    {
                        hits.Add(search.Id);
                    }
                }
            }
        }

        return hits;
    }

    private static bool AllIn(string[] wanted, HashSet<string> terms)
    {
        foreach (var term in wanted)
        {
            if (!terms.Contains(term))
            {
                return false;
            }
        }

        return true;
    }

    private void RemoveLocked(Guid id)
    {
        if (searches.Remove(id, out var old) && byAnchor.TryGetValue(old.Anchor, out var list))
        {
            list.RemoveAll(s => s.Id == id);
            if (list.Count == 0)
            {
                byAnchor.Remove(old.Anchor);
            }
        }
    }

    private sealed record IndexedSearch(
        Guid Id,
        Guid OrganisationId,
        SavedSearchFilters Filters,
        string[] Terms,
        string Anchor
    );
}
