namespace JjjMatch.Matching.Engine.Search.Embedded;

/// <summary>
/// Reading an index file that is also mapped (<see cref="IndexMapping"/>): the parts an opened index reads in place
/// are passed over (still hashed, never copied) and found again in the mapping by their offset in the file.
/// </summary>
internal sealed unsafe class MappedReading(IndexMapping mapping, CountingStream counted)
{
    private readonly byte[] scratch = new byte[1 << 16];

    public IndexMapping Mapping => mapping;

    /// <summary>The next <paramref name="count"/> bytes, in the mapping; the reader moves past them.</summary>
    public byte* Take(int count) => mapping.At(Skip(count), count);

    /// <summary>Moves the reader past <paramref name="count"/> bytes; returns their offset in the file.</summary>
    public long Skip(int count)
    {
        if (count < 0)
        {
            throw new InvalidDataException($"A negative length ({count}) in the index file.");
        }

        var offset = counted.Position;
        var left = count;
        while (left > 0)
        {
            var read = counted.Read(scratch, 0, Math.Min(left, scratch.Length));
            if (read == 0)
            {
                throw new EndOfStreamException("The index file is cut short.");
            }

            left -= read;
        }

        return offset;
    }
}

/// <summary>A read-only stream that counts what was read through it: the file offset of what comes next.</summary>
internal sealed class CountingStream(Stream inner, long start) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => start;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        start += read;
        return read;
    }

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
