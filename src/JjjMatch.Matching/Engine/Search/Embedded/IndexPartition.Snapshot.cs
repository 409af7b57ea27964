namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>The partition written to and read from an index file (<see cref="IndexSnapshot"/>).</summary>
internal sealed unsafe partial class IndexPartition
{
    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(TermCount);
        writer.Write(OrdinalCount);
        writer.Write(LiveCount);
        writer.Write(TitleLengthSum);
        writer.Write(KeywordsLengthSum);
        writer.Write(TextLengthSum);
        writer.Write(livePostings);
        writer.Write(deadPostings);
        var terms = new string[TermCount];
        foreach (var (term, id) in termIds)
        {
            terms[id] = term;
        }

        for (var id = 0; id < TermCount; id++)
        {
            writer.Write(terms[id]);
            writer.Write(documentFrequencies[id]);
            postings[id].WriteTo(writer, mapping);
        }

        for (var ordinal = 0; ordinal < OrdinalCount; ordinal++)
        {
            writer.Write(ids[ordinal].ToByteArray());
            writer.Write(live[ordinal]);
            writer.Write(active[ordinal]);
            writer.Write(titleLengths[ordinal]);
            writer.Write(keywordsLengths[ordinal]);
            writer.Write(textLengths[ordinal]);
            writer.Write(attributeSets[ordinal]);
            writer.Write(revisions[ordinal]);
            if (MappedTerms(ordinal) is var (at, length))
            {
                writer.Write(length);
                mapping!.CopyTo(writer, at, length);
            }
            else
            {
                var termIdsOfDocument = documentTerms[ordinal];
                writer.Write(termIdsOfDocument?.Length ?? -1);
                if (termIdsOfDocument is not null)
                {
                    writer.Write(termIdsOfDocument);
                }
            }
        }

        writer.Write(distinctAttributes.Count);
        for (var i = 0; i < distinctAttributes.Count; i++)
        {
            var set = distinctAttributes[i];
            writer.Write(set.Count);
            foreach (var (name, value) in set)
            {
                writer.Write(name);
                writer.Write(value);
            }
        }
    }

    /// <param name="mapped">When the file is also mapped: postings and term lists stay there, off the heap.</param>
    public static IndexPartition ReadFrom(BinaryReader reader, MappedReading? mapped)
    {
        var partition = new IndexPartition();
        var termCount = Count(reader.ReadInt32());
        var ordinalCount = Count(reader.ReadInt32());
        partition.LiveCount = Count(reader.ReadInt32());
        partition.TitleLengthSum = reader.ReadInt64();
        partition.KeywordsLengthSum = reader.ReadInt64();
        partition.TextLengthSum = reader.ReadInt64();
        partition.livePostings = reader.ReadInt64();
        partition.deadPostings = reader.ReadInt64();

        var termCapacity = Math.Max(1024, termCount);
        partition.postings = new Postings[termCapacity];
        partition.documentFrequencies = new int[termCapacity];
        partition.termIds.EnsureCapacity(termCount);
        for (var id = 0; id < termCount; id++)
        {
            if (!partition.termIds.TryAdd(reader.ReadString(), id))
            {
                throw new InvalidDataException("A term appears twice in the index file.");
            }

            partition.documentFrequencies[id] = reader.ReadInt32();
            partition.postings[id] = Postings.ReadFrom(reader, mapped);
        }

        partition.TermCount = termCount;
        var capacity = Math.Max(1024, ordinalCount);
        partition.ids = new Guid[capacity];
        partition.live = new bool[capacity];
        partition.active = new bool[capacity];
        partition.titleLengths = new int[capacity];
        partition.keywordsLengths = new int[capacity];
        partition.textLengths = new int[capacity];
        partition.attributeSets = new int[capacity];
        partition.revisions = new long[capacity];
        partition.documentTerms = new byte[capacity][];
        if (mapped is not null)
        {
            partition.mapping = mapped.Mapping;
            partition.mappedTermsAt = new long[ordinalCount];
            partition.mappedTermsLength = new int[ordinalCount];
        }
        for (var ordinal = 0; ordinal < ordinalCount; ordinal++)
        {
            partition.ids[ordinal] = new Guid(reader.ReadExactly(16));
            partition.live[ordinal] = reader.ReadBoolean();
            partition.active[ordinal] = reader.ReadBoolean();
            partition.titleLengths[ordinal] = reader.ReadInt32();
            partition.keywordsLengths[ordinal] = reader.ReadInt32();
            partition.textLengths[ordinal] = reader.ReadInt32();
            partition.attributeSets[ordinal] = reader.ReadInt32();
            partition.revisions[ordinal] = reader.ReadInt64();
            var length = reader.ReadInt32();
            if (length >= 0 && mapped is not null)
            {
                partition.mappedTermsAt![ordinal] = mapped.Skip(length);
                partition.mappedTermsLength![ordinal] = length;
            }
            else
            {
                partition.documentTerms[ordinal] = length < 0 ? null : reader.ReadExactly(length);
            }

            if (partition.live[ordinal])
            {
                partition.ordinals[partition.ids[ordinal]] = ordinal;
            }
        }

        partition.OrdinalCount = ordinalCount;
        var sets = Count(reader.ReadInt32());
        for (var i = 0; i < sets; i++)
        {
            var pairs = Count(reader.ReadInt32());
            var set = new Dictionary<string, string>(pairs, StringComparer.Ordinal);
            for (var j = 0; j < pairs; j++)
            {
                set[reader.ReadString()] = reader.ReadString();
            }

            if (partition.distinctAttributes.Intern(set) != i)
            {
                throw new InvalidDataException("An attribute set appears twice in the index file.");
            }
        }

        partition.Validate(sets);
        return partition;
    }

    private static int Count(int value) =>
        value >= 0 ? value : throw new InvalidDataException($"A negative count ({value}) in the index file.");

    /// <summary>What a file that passed its checksum but came from a bug could still get wrong.</summary>
    private void Validate(int attributeSetCount)
    {
        if (ordinals.Count != LiveCount)
        {
            throw new InvalidDataException(
                $"The index file counts {LiveCount} live documents but holds {ordinals.Count}."
            );
        }

        for (var ordinal = 0; ordinal < OrdinalCount; ordinal++)
        {
            if (attributeSets[ordinal] < 0 || attributeSets[ordinal] >= attributeSetCount)
            {
                throw new InvalidDataException("A document names an attribute set the index file lacks.");
            }
        }
    }
}
