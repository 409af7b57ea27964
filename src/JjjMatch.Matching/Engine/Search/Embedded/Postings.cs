namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// One term's postings as two parallel int arrays: ascending document ordinals and packed field frequencies.
/// A struct in an array, so a posting costs eight bytes and no object.
/// </summary>
internal struct Postings
{
    public int[] Documents;
    public int[] Frequencies;
    public int Count;

    public void Add(int document, int packedFrequencies)
    {
        if (Documents is null || Count == Documents.Length)
        {
            var capacity = Documents is null ? 2 : Documents.Length * 2;
            Array.Resize(ref Documents, capacity);
            Array.Resize(ref Frequencies, capacity);
        }

        Documents[Count] = document;
        Frequencies[Count] = packedFrequencies;
        Count++;
    }

    public readonly bool Contains(int document) => Count > 0 && Array.BinarySearch(Documents, 0, Count, document) >= 0;

    /// <summary>Drops the postings of documents that are no longer live.</summary>
    public void Compact(bool[] live)
    {
        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            if (!live[Documents[i]])
            {
                continue;
            }

            Documents[kept] = Documents[i];
            Frequencies[kept] = Frequencies[i];
            kept++;
        }

        Count = kept;
    }
}
