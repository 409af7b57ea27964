namespace JjjMatch.Matching.Engine.Search.Embedded;

internal static class BinaryReading
{
    /// <summary>Exactly <paramref name="count"/> bytes, or <see cref="EndOfStreamException"/> for a cut file.</summary>
    public static byte[] ReadExactly(this BinaryReader reader, int count)
    {
        if (count < 0)
        {
            throw new InvalidDataException($"A negative length ({count}) in the index file.");
        }

        var bytes = reader.ReadBytes(count);
        return bytes.Length == count ? bytes : throw new EndOfStreamException("The index file is cut short.");
    }
}
