namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// The inverted index of one listing kind. Documents get ever-growing ordinals, so every postings list stays
/// sorted; a replaced or removed document is only marked dead and its postings are dropped in bulk once dead
/// postings outweigh live ones. Not thread-safe: <see cref="EmbeddedIndex"/> guards it.
/// </summary>
internal sealed unsafe partial class IndexPartition : ITermStatistics
{
    // Writing postings in parallel pays off only when a run of new documents outweighs scheduling.
    private const int ParallelThreshold = 64;

    // Threads writing postings take term ids in blocks, so that two never write to the same cache line.
    private const int ShardBlock = 64;

    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> termLookup;
    private readonly Dictionary<Guid, int> ordinals = [];
    private Postings[] postings = new Postings[1024];
    private int[] documentFrequencies = new int[1024];

    private Guid[] ids = new Guid[1024];
    private bool[] live = new bool[1024];
    private bool[] active = new bool[1024];
    private int[] titleLengths = new int[1024];
    private int[] keywordsLengths = new int[1024];
    private int[] textLengths = new int[1024];
    private byte[]?[] documentTerms = new byte[1024][];

    // In an index opened from its file: each document's term list in the mapping (offset 0: none), and its length.
    private IndexMapping? mapping;
    private long[]? mappedTermsAt;
    private int[]? mappedTermsLength;
    private int[] attributeSets = new int[1024];
    private long[] revisions = new long[1024];
    private readonly AttributeSets distinctAttributes = new();

    private long livePostings;
    private long deadPostings;

    public IndexPartition() => termLookup = termIds.GetAlternateLookup<ReadOnlySpan<char>>();

    public int TermCount { get; private set; }

    public int OrdinalCount { get; private set; }

    public int LiveCount { get; private set; }

    public long TitleLengthSum { get; private set; }

    public long KeywordsLengthSum { get; private set; }

    public long TextLengthSum { get; private set; }

    public ReadOnlySpan<bool> Live => live;

    /// <summary>The searches' scoring tables for the current average lengths (<see cref="Bm25F.For"/>).</summary>
    public Bm25F? Scoring { get; set; }

    public int TermId(ReadOnlySpan<char> term) => termLookup.TryGetValue(term, out var id) ? id : -1;

    public int DocumentFrequency(int termId) => documentFrequencies[termId];

    public int DocumentFrequency(string term, out int termId)
    {
        termId = TermId(term);
        return termId < 0 ? 0 : documentFrequencies[termId];
    }

    public ref readonly Postings PostingsOf(int termId) => ref postings[termId];

    public Guid IdOf(int ordinal) => ids[ordinal];

    public bool IsActive(int ordinal) => active[ordinal];

    public IReadOnlyDictionary<string, string> AttributesOf(int ordinal) => distinctAttributes[attributeSets[ordinal]];

    public int TitleLength(int ordinal) => titleLengths[ordinal];

    public int KeywordsLength(int ordinal) => keywordsLengths[ordinal];

    public int TextLength(int ordinal) => textLengths[ordinal];

    /// <summary>The bytes of postings and term lists on the heap: what a save moves into the mapped file.</summary>
    public long HeapListBytes()
    {
        long bytes = 0;
        for (var termId = 0; termId < TermCount; termId++)
        {
            bytes += postings[termId].HeapBytes;
        }

        for (var ordinal = 0; ordinal < OrdinalCount; ordinal++)
        {
            bytes += documentTerms[ordinal]?.Length ?? 0;
        }

        return bytes;
    }

    /// <summary>Every document the partition holds, with the revision it was indexed at.</summary>
    public Dictionary<Guid, long> Revisions()
    {
        var result = new Dictionary<Guid, long>(ordinals.Count);
        foreach (var (id, ordinal) in ordinals)
        {
            result[id] = revisions[ordinal];
        }

        return result;
    }

    /// <summary>
    /// Adds the documents in their order, each replacing the one with its id, and leaves the partition exactly as
    /// upserting them one by one would (same ordinals, term ids and postings): new documents are added a run at a time,
    /// with their postings written by several threads (<see cref="AddNew"/>).
    /// </summary>
    public void Upsert(IReadOnlyList<AnalyzedDocument> documents)
    {
        var run = new List<AnalyzedDocument>();
        var inRun = new HashSet<Guid>();
        foreach (var document in documents)
        {
            if (!ordinals.ContainsKey(document.Source.Id) && inRun.Add(document.Source.Id))
            {
                run.Add(document);
                continue;
            }

            AddNew(run);
            run.Clear();
            inRun.Clear();
            Remove(document.Source.Id);
            AddNew([document]);
        }

        AddNew(run);
    }

    public void Remove(Guid id)
    {
        if (!ordinals.Remove(id, out var ordinal))
        {
            return;
        }

        live[ordinal] = false;
        LiveCount--;
        TitleLengthSum -= titleLengths[ordinal];
        KeywordsLengthSum -= keywordsLengths[ordinal];
        TextLengthSum -= textLengths[ordinal];
        var termIdsOfDocument = TermIdList.Decode(TermsOf(ordinal));
        foreach (var termId in termIdsOfDocument)
        {
            documentFrequencies[termId]--;
        }

        documentTerms[ordinal] = null;
        if (mappedTermsAt is not null && ordinal < mappedTermsAt.Length)
        {
            mappedTermsAt[ordinal] = 0;
        }
        livePostings -= termIdsOfDocument.Length;
        deadPostings += termIdsOfDocument.Length;
        if (deadPostings > livePostings)
        {
            CompactPostings();
        }
    }

    /// <summary>A document's encoded term list, empty once it left: on the heap, or in the mapping.</summary>
    private ReadOnlySpan<byte> TermsOf(int ordinal) =>
        documentTerms[ordinal] is { } terms ? terms
        : MappedTerms(ordinal) is var (at, length) ? new ReadOnlySpan<byte>(mapping!.At(at, length), length)
        : [];

    private (long At, int Length)? MappedTerms(int ordinal) =>
        mappedTermsAt is not null && ordinal < mappedTermsAt.Length && mappedTermsAt[ordinal] != 0
            ? (mappedTermsAt[ordinal], mappedTermsLength![ordinal])
            : null;

    private int NewOrdinal(AnalyzedDocument document)
    {
        var ordinal = OrdinalCount++;
        if (ordinal == ids.Length)
        {
            var capacity = ids.Length * 2;
            Array.Resize(ref ids, capacity);
            Array.Resize(ref live, capacity);
            Array.Resize(ref active, capacity);
            Array.Resize(ref titleLengths, capacity);
            Array.Resize(ref keywordsLengths, capacity);
            Array.Resize(ref textLengths, capacity);
            Array.Resize(ref documentTerms, capacity);
            Array.Resize(ref attributeSets, capacity);
            Array.Resize(ref revisions, capacity);
        }

        var source = document.Source;
        ordinals[source.Id] = ordinal;
        ids[ordinal] = source.Id;
        live[ordinal] = true;
        active[ordinal] = source.IsActive;
        attributeSets[ordinal] = distinctAttributes.Intern(source.Attributes);
        revisions[ordinal] = source.Revision;
        titleLengths[ordinal] = document.TitleLength;
        keywordsLengths[ordinal] = document.KeywordsLength;
        textLengths[ordinal] = document.TextLength;
        LiveCount++;
        TitleLengthSum += document.TitleLength;
        KeywordsLengthSum += document.KeywordsLength;
        TextLengthSum += document.TextLength;
        return ordinal;
    }

    /// <summary>
    /// Adds documents not in the partition. Ordinals and new term ids are given out in document order, as one at a
    /// time would; looking up the known terms only reads the dictionary, and each term's postings are written by one
    /// thread in ordinal order, so running these parts in parallel changes nothing in the result.
    /// </summary>
    private void AddNew(IReadOnlyList<AnalyzedDocument> documents)
    {
        if (documents.Count == 0)
        {
            return;
        }

        var parallel = documents.Count >= ParallelThreshold;
        var first = OrdinalCount;
        var starts = new int[documents.Count + 1];
        for (var i = 0; i < documents.Count; i++)
        {
            NewOrdinal(documents[i]);
            starts[i + 1] = starts[i] + documents[i].TermCount;
        }

        var termIdsOfDocuments = new int[starts[^1]];
        For(documents.Count, parallel, i =>
        {
            for (var t = 0; t < documents[i].TermCount; t++)
            {
                termIdsOfDocuments[starts[i] + t] = TermId(documents[i].Term(t));
            }
        });
        for (var i = 0; i < documents.Count; i++)
        {
            for (var t = 0; t < documents[i].TermCount; t++)
            {
                if (termIdsOfDocuments[starts[i] + t] < 0)
                {
                    termIdsOfDocuments[starts[i] + t] = InternTerm(documents[i].Term(t));
                }
            }
        }

        var shards = parallel ? Environment.ProcessorCount : 1;
        For(shards, parallel, shard =>
        {
            for (var i = 0; i < documents.Count; i++)
            {
                for (var t = 0; t < documents[i].TermCount; t++)
                {
                    var termId = termIdsOfDocuments[starts[i] + t];
                    if ((termId / ShardBlock) % shards == shard)
                    {
                        postings[termId].Add(first + i, documents[i].PackedFrequencies[t]);
                        documentFrequencies[termId]++;
                    }
                }
            }
        });
        For(documents.Count, parallel, i =>
            documentTerms[first + i] = TermIdList.Encode(termIdsOfDocuments.AsSpan(starts[i]..starts[i + 1]))
        );
        livePostings += termIdsOfDocuments.Length;
    }

    private static void For(int count, bool parallel, Action<int> body)
    {
        if (parallel)
        {
            Parallel.For(0, count, body);
            return;
        }

        for (var i = 0; i < count; i++)
        {
            body(i);
        }
    }

    private int InternTerm(ReadOnlySpan<char> term)
    {
        if (termLookup.TryGetValue(term, out var id))
        {
            return id;
        }

        id = TermCount++;
        if (id == postings.Length)
        {
            Array.Resize(ref postings, id * 2);
            Array.Resize(ref documentFrequencies, id * 2);
        }

        termLookup[term] = id;
        return id;
    }

    private void CompactPostings()
    {
        for (var termId = 0; termId < TermCount; termId++)
        {
            postings[termId].Compact(live);
        }

        deadPostings = 0;
    }
}
