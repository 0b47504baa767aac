using System.Text;
using System.Text.Json;
using PeerSupport.Cli.Infrastructure;
using PeerSupport.Cli.Reports;

namespace PeerSupport.Cli.Tests.Reports;

public sealed class JsonSinkTests
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Two-, three- and four-byte UTF-8 characters, a bidi override and an escape character: over many chunks some are
    // split between two chunks, and each must come out whole.
    private static readonly string[] s_values = [.. Enumerable.Range(0, 3000).Select(i => new string('a', i % 7) + "é日\U0001F600\u202E\u001B" + i)];

    [Theory]
    [InlineData(1)]
    [InlineData(JsonSink.ChunkSize)]
    public void Write_ToATextWriter_DecodesCharactersSplitBetweenChunks(int chunkSize)
    {
        using var output = new StringWriter { NewLine = "\n" };

        JsonSink.Write(output, s_options, WriteValues, end: null, chunkSize);

        Assert.Equal(Expected() + "\n", output.ToString());
        Assert.True(Encoding.UTF8.GetByteCount(output.ToString()) > 4 * JsonSink.ChunkSize, "the document spans several chunks");
    }

    [Fact]
    public void Write_ToAStream_WritesTheUtf8BytesWithoutAByteOrderMark()
    {
        using var output = new MemoryStream();

        JsonSink.Write(output, s_options, WriteValues, "\n");

        Assert.Equal(Encoding.UTF8.GetBytes(Expected() + "\n"), output.ToArray());
    }

    [Fact]
    public void Write_ThroughTheEscapingWriter_EscapesWhatTheJsonEncoderLetsThrough()
    {
        using var inner = new StringWriter { NewLine = "\n" };
        using var escaping = new EscapingWriter(inner);

        // The JSON encoder escapes control characters and bidi overrides itself; raw JSON carrying them still reaches
        // the terminal only through the escaping writer, one chunk at a time.
        JsonSink.Write(escaping, s_options, w => w.WriteRawValue("[\"\u202E\u2066x\u0085\"]"), end: null, chunkSize: 1);

        Assert.Equal("[\"\\u202E\\u2066x\\u0085\"]\n", inner.ToString());
    }

    private static void WriteValues(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var value in s_values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static string Expected()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, s_options))
        {
            WriteValues(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
