using PeerSupport.Cli.Infrastructure;

namespace PeerSupport.Cli.Tests.Infrastructure;

public sealed class EscapingWriterTests
{
    public static TheoryData<string, string> Texts() => new()
    {
        { "plain text", "plain text" },
        { "a\u001B[31mred", "a\\u001B[31mred" },
        { "\u0007bell at the start", "\\u0007bell at the start" },
        { "at the end\u0000", "at the end\\u0000" },
        { "lines\nand\ttabs\r\n stay", "lines\nand\ttabs\r\n stay" },
        { "bidi \u202Eoverride\u2066", "bidi \\u202Eoverride\\u2066" },
        { "\u0085\u009B", "\\u0085\\u009B" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void EveryWritePath_EscapesTheSameWay(string text, string expected)
    {
        // Strings, spans, arrays and single characters take different paths through TextWriter; all must escape.
        Assert.Equal(expected, Written(w => w.Write(text)));
        Assert.Equal(expected + "\n", Written(w => w.WriteLine(text)));
        Assert.Equal(expected, Written(w => w.Write(text.AsSpan())));
        Assert.Equal(expected, Written(w => w.Write(text.ToCharArray(), 0, text.Length)));
        Assert.Equal(expected, Written(w =>
        {
            foreach (var c in text)
            {
                w.Write(c);
            }
        }));
    }

    private static string Written(Action<TextWriter> write)
    {
        using var inner = new StringWriter { NewLine = "\n" };
        using var writer = new EscapingWriter(inner) { NewLine = "\n" };
        write(writer);
        writer.Flush();
        return inner.ToString();
    }
}
