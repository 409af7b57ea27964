namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// A position in one term's postings that can jump ahead by block (<see cref="Postings"/>'s skip entries): what lets
/// <see cref="MaxScoreSearch"/> start reading a term at a window of ordinals without decoding the postings before it.
/// Offsets run over the mapped bytes first, then the heap bytes after them; valid while the index is read-locked.
/// </summary>
internal sealed unsafe class PostingCursor(
    byte* mapped,
    int mappedLength,
    byte[]? data,
    int length,
    int[]? skips,
    int skipLength
)
{
    public const int NoMore = int.MaxValue;

    private int position;
    private int nextSkip;

    /// <summary>The current posting's ordinal, <see cref="NoMore"/> past the last one; before the first, -1.</summary>
    public int Document { get; private set; } = -1;

    public int PackedFrequencies { get; private set; }

    public void Next()
    {
        if (position >= length)
        {
            Document = NoMore;
            return;
        }

        if (position < mappedLength)
        {
            var bytes = new ReadOnlySpan<byte>(mapped, mappedLength);
            Document += (int)VarInt.Read(bytes, ref position);
            PackedFrequencies = PostingFrequencies.Read(bytes, ref position);
        }
        else
        {
            var at = position - mappedLength;
            Document += (int)VarInt.Read(data!, ref at);
            PackedFrequencies = PostingFrequencies.Read(data!, ref at);
            position = at + mappedLength;
        }
    }

    /// <summary>Moves to the first posting at or after <paramref name="target"/>.</summary>
    public void AdvanceTo(int target)
    {
        if (Document >= target)
        {
            return;
        }

        // A block may be jumped to when the posting before it is still before the target.
        while (nextSkip < skipLength && skips![nextSkip] < target)
        {
            if (skips[nextSkip + 1] > position)
            {
                Document = skips[nextSkip];
                position = skips[nextSkip + 1];
            }

            nextSkip += 2;
        }

        do
        {
            Next();
        } while (Document < target);
    }
}
