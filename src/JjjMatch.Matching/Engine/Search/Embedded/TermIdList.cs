using System.Buffers;

namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// A document's term ids, kept only to update document frequencies when it leaves the index: sorted and stored as
/// variable-length gaps, about two bytes a term instead of four.
/// </summary>
internal static class TermIdList
{
    /// <summary>Encodes the term ids, sorting them in place.</summary>
    public static byte[] Encode(Span<int> termIds)
    {
        termIds.Sort();
        var buffer = ArrayPool<byte>.Shared.Rent((termIds.Length * VarInt.MaxBytes) + VarInt.MaxBytes);
        var position = VarInt.Write(buffer, 0, (uint)termIds.Length);
        var previous = 0;
        foreach (var termId in termIds)
        {
            position = VarInt.Write(buffer, position, (uint)(termId - previous));
            previous = termId;
        }

        var encoded = buffer[..position];
        ArrayPool<byte>.Shared.Return(buffer);
        return encoded;
    }

    public static int[] Decode(ReadOnlySpan<byte> encoded)
    {
        var position = 0;
        var termIds = new int[VarInt.Read(encoded, ref position)];
        var previous = 0;
        for (var i = 0; i < termIds.Length; i++)
        {
            previous += (int)VarInt.Read(encoded, ref position);
            termIds[i] = previous;
        }

        return termIds;
    }
}
