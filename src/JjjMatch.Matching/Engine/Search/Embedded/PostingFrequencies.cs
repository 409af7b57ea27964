namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// A posting's field frequencies (<see cref="FieldFrequencies"/>) in as few bytes as the common case allows: the text
/// frequency shifted left by two, with one bit each for "also in the title" and "also in the keywords", then those
/// two frequencies only when present. A term found once in the text alone takes one byte.
/// </summary>
internal static class PostingFrequencies
{
    public static int Write(byte[] buffer, int position, int packed)
    {
        var title = FieldFrequencies.Title(packed);
        var keywords = FieldFrequencies.Keywords(packed);
        var head = ((uint)FieldFrequencies.Text(packed) << 2) | (title > 0 ? 2u : 0) | (keywords > 0 ? 1u : 0);
        position = VarInt.Write(buffer, position, head);
        if (title > 0)
        {
            buffer[position++] = (byte)title;
        }

        if (keywords > 0)
        {
            buffer[position++] = (byte)keywords;
        }

        return position;
    }

    public static int Read(ReadOnlySpan<byte> buffer, ref int position)
    {
        var head = VarInt.Read(buffer, ref position);
        var title = (head & 2) != 0 ? buffer[position++] : 0;
        var keywords = (head & 1) != 0 ? buffer[position++] : 0;
        return FieldFrequencies.Pack(title, keywords, (int)(head >> 2));
    }
}
