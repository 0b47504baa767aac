using System.Buffers;
using System.Text;
using System.Text.Json;

namespace PeerSupport.Cli.Reports;

/// <summary>
/// Streams a JSON document from a <see cref="Utf8JsonWriter"/> to a file's stream or to a text writer (stdout, which the
/// tool wraps in the escaping writer) as the writer fills its buffer, so no whole document is held in memory: the writer
/// hands over a chunk (about 16 KiB) whenever it needs more room, and the chunk goes on at once.
/// </summary>
internal sealed class JsonSink : IBufferWriter<byte>, IDisposable
{
    /// <summary>The usual size of one chunk handed on.</summary>
    public const int ChunkSize = 16 * 1024;

    private readonly Stream? _stream;
    private readonly TextWriter? _text;
    private readonly Decoder? _decoder;
    private char[]? _chars;
    private byte[] _buffer;

    private JsonSink(Stream? stream, TextWriter? text, int chunkSize)
    {
        _stream = stream;
        _text = text;
        _buffer = ArrayPool<byte>.Shared.Rent(chunkSize);
        if (text is not null)
        {
            // The writer emits valid UTF-8 only; a sequence split between two chunks is completed by the next one.
            _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
            _chars = ArrayPool<char>.Shared.Rent(chunkSize);
        }
    }

    /// <summary>Writes a JSON document to a stream: the UTF-8 bytes, then <paramref name="end"/>.</summary>
    /// <param name="output">The stream (left open).</param>
    /// <param name="options">The writer options.</param>
    /// <param name="write">Writes the document.</param>
    /// <param name="end">The text written after the document (a line break).</param>
    public static void Write(Stream output, JsonWriterOptions options, Action<Utf8JsonWriter> write, string end)
    {
        using var sink = new JsonSink(output, null, ChunkSize);
        sink.Write(options, write);
        output.Write(Encoding.UTF8.GetBytes(end));
    }

    /// <summary>Writes a JSON document to a text writer (every character goes through its <c>Write</c>), then <paramref name="end"/>.</summary>
    /// <param name="output">The writer (left open).</param>
    /// <param name="options">The writer options.</param>
    /// <param name="write">Writes the document.</param>
    /// <param name="end">The text written after the document: a line break, or <see langword="null"/> for the writer's own.</param>
    /// <param name="chunkSize">The chunk size (tests make it tiny to split characters between chunks).</param>
    public static void Write(TextWriter output, JsonWriterOptions options, Action<Utf8JsonWriter> write, string? end, int chunkSize = ChunkSize)
    {
        using (var sink = new JsonSink(null, output, chunkSize))
        {
            sink.Write(options, write);
        }

        if (end is null)
        {
            output.WriteLine();
        }
        else
        {
            output.Write(end);
        }
    }

    /// <inheritdoc/>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length);
        HandOn(_buffer.AsSpan(0, count), flush: false);
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer;
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        if (_chars is not null)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = null;
        }
    }

    private void Write(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(this, options))
        {
            write(writer);
            writer.Flush();
        }

        HandOn([], flush: true);
    }

    private void Reserve(int sizeHint)
    {
        if (sizeHint > _buffer.Length)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(sizeHint);
        }
    }

    private void HandOn(ReadOnlySpan<byte> bytes, bool flush)
    {
        if (_stream is not null)
        {
            _stream.Write(bytes);
            return;
        }

        bool completed;
        do
        {
            _decoder!.Convert(bytes, _chars!, flush, out var used, out var produced, out completed);
            _text!.Write(_chars.AsSpan(0, produced));
            bytes = bytes[used..];
        }
        while (bytes.Length > 0 || (flush && !completed));
    }
}
