using System.Globalization;
using System.Text;

namespace PeerSupport.Datasets;

/// <summary>
/// One problem found while building or reading a dataset, located by file, line and column (or JSON
/// pointer) where known. Messages name the value and the rule broken and never contain personal data
/// beyond pseudonymous ids.
/// </summary>
/// <remarks>
/// Text from input files reaches messages, so every problem is made safe to print on one terminal line: control
/// characters (including line breaks, ESC and BEL) and bidirectional overrides are shown as <c>\u001B</c>-style
/// escapes, the message is clipped to <see cref="MaxMessageLength"/> characters and the source and field to
/// <see cref="MaxFieldLength"/>.
/// </remarks>
public sealed record DatasetProblem
{
    /// <summary>Initializes a new problem.</summary>
    /// <param name="severity">Error or warning.</param>
    /// <param name="code">A stable, lower-kebab-case code such as <c>dangling-reference</c>.</param>
    /// <param name="message">What is wrong and which rule it breaks.</param>
    /// <param name="source">The file name or document, or <see langword="null"/>.</param>
    /// <param name="line">The 1-based line, or 0 when unknown.</param>
    /// <param name="column">The 1-based column, or 0 when unknown.</param>
    /// <param name="field">The field (column name or JSON pointer), or <see langword="null"/>.</param>
    public DatasetProblem(DatasetProblemSeverity severity, string code, string message, string? source = null, int line = 0, int column = 0, string? field = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Severity = severity;
        Code = code;
        Message = Sanitize(message, MaxMessageLength);
        Source = source is null ? null : Sanitize(source, MaxFieldLength);
        Line = line;
        Column = column;
        Field = field is null ? null : Sanitize(field, MaxFieldLength);
    }

    /// <summary>Gets the severity.</summary>
    public DatasetProblemSeverity Severity { get; }

    /// <summary>Gets the stable problem code.</summary>
    public string Code { get; }

    /// <summary>Gets the message.</summary>
    public string Message { get; }

    /// <summary>Gets the file name or document, or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Gets the 1-based line, or 0.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column, or 0.</summary>
    public int Column { get; }

    /// <summary>Gets the field name or JSON pointer, or <see langword="null"/>.</summary>
    public string? Field { get; }

    /// <summary>Creates a problem located at a field of a record.</summary>
    /// <param name="severity">Error or warning.</param>
    /// <param name="code">The code.</param>
    /// <param name="message">The message.</param>
    /// <param name="location">The record's location.</param>
    /// <param name="field">The field, or <see langword="null"/> for the whole record.</param>
    /// <returns>The problem.</returns>
    public static DatasetProblem At(DatasetProblemSeverity severity, string code, string message, RecordLocation location, string? field)
        => new(severity, code, message, location.Source, location.Line, location.ColumnOf(field), field);

    /// <summary>The most characters of a message; longer messages end in <c>…</c>.</summary>
    public const int MaxMessageLength = 500;

    /// <summary>The most characters of a source or field; longer ones end in <c>…</c>.</summary>
    public const int MaxFieldLength = 80;

    /// <summary>Formats the problem as <c>file:line:column: severity: message</c> (parts that are unknown are left out).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Source is not null)
        {
            text.Append(Source);
            if (Line > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $":{Line}");
                if (Column > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $":{Column}");
                }
            }

            text.Append(": ");
        }

        text.Append(Severity == DatasetProblemSeverity.Error ? "error: " : "warning: ");
        if (Field is not null && Source is null)
        {
            text.Append(Field).Append(": ");
        }

        return text.Append(Message).ToString();
    }

    private static string Sanitize(string text, int max)
    {
        var clipped = text.Length > max;
        var span = clipped ? text.AsSpan(0, max) : text.AsSpan();
        var safe = true;
        foreach (var c in span)
        {
            safe &= !IsUnsafe(c);
        }

        if (safe && !clipped)
        {
            return text;
        }

        var builder = new StringBuilder(span.Length + 8);
        foreach (var c in span)
        {
            if (IsUnsafe(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return clipped ? builder.Append('…').ToString() : builder.ToString();
    }

    private static bool IsUnsafe(char c) => char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
