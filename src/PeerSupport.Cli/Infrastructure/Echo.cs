using System.Globalization;
using System.Text;

namespace PeerSupport.Cli.Infrastructure;

/// <summary>
/// Makes text from the user or from an input file safe to print on one terminal line: control characters
/// (C0, DEL, C1) and bidirectional overrides are shown as <c>\u001B</c>-style escapes, and the text is clipped.
/// </summary>
internal static class Echo
{
    /// <summary>The most characters of a value echoed in a message.</summary>
    public const int MaxValueLength = 80;

    /// <summary>The most characters of one printed problem line.</summary>
    public const int MaxLineLength = 2000;

    /// <summary>Escapes and clips a value (e.g. an option argument) for a message.</summary>
    /// <param name="text">The value.</param>
    /// <returns>At most <see cref="MaxValueLength"/> characters of it, escaped, with <c>…</c> when clipped.</returns>
    public static string Of(string text) => Escape(text, MaxValueLength);

    /// <summary>Escapes and clips a whole message line before it is printed.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The line, escaped, at most <see cref="MaxLineLength"/> characters plus <c>…</c>.</returns>
    public static string Line(string line) => Escape(line, MaxLineLength);

    private static string Escape(string text, int max)
    {
        var clipped = text.Length > max;
        var span = clipped ? text.AsSpan(0, max) : text.AsSpan();
        if (!clipped && !NeedsEscape(span))
        {
            return text;
        }

        var builder = new StringBuilder(span.Length + 8);
        foreach (var c in span)
        {
            if (IsUnsafe(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return clipped ? builder.Append('…').ToString() : builder.ToString();
    }

    private static bool NeedsEscape(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnsafe(char c) => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}

/// <summary>
/// Writes text from input files to the terminal with control characters (other than line breaks and tabs) and
/// bidirectional overrides shown as <c>\u001B</c>-style escapes, so a rule file or dataset cannot drive the terminal.
/// </summary>
/// <param name="inner">The writer written to.</param>
internal sealed class EscapingWriter(TextWriter inner) : TextWriter(CultureInfo.InvariantCulture)
{
    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine allows null on set; the inner writer handles it.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (IsSafe(value))
        {
            inner.Write(value);
        }
        else
        {
            inner.Write("\\u" + ((int)value).ToString("X4", CultureInfo.InvariantCulture));
        }
    }

    /// <inheritdoc/>
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    /// <remarks>Safe runs go to the inner writer whole: a multi-megabyte JSON document is not written a character
    /// (and a virtual call) at a time.</remarks>
    public override void Write(ReadOnlySpan<char> buffer)
    {
        var start = 0;
        for (var i = 0; i < buffer.Length; i++)
        {
            if (!IsSafe(buffer[i]))
            {
                inner.Write(buffer[start..i]);
                Write(buffer[i]);
                start = i + 1;
            }
        }

        inner.Write(buffer[start..]);
    }

    /// <inheritdoc/>
    public override void WriteLine(string? value)
    {
        Write(value);
        Write(CoreNewLine);
    }

    private static bool IsSafe(char value)
        => value is '\n' or '\r' or '\t' || !(char.IsControl(value) || value is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();
}
