namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>Unsigned LEB128: seven bits a byte, the high bit set on every byte but the last.</summary>
internal static class VarInt
{
    public const int MaxBytes = 5;

    public static int Write(byte[] buffer, int position, uint value)
    {
        while (value >= 0x80)
        {
            buffer[position++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[position++] = (byte)value;
        return position;
    }

    public static uint Read(ReadOnlySpan<byte> buffer, ref int position)
    {
        uint value = buffer[position++];
        if (value < 0x80)
        {
            return value;
        }

        value &= 0x7f;
        var shift = 7;
        while (true)
        {
            uint next = buffer[position++];
            value |= (next & 0x7f) << shift;
            if (next < 0x80)
            {
                return value;
            }

            shift += 7;
        }
    }

    public static void Write(Stream stream, uint value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }
}
