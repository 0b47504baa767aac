using System.Globalization;
using System.Text;

namespace PeerSupport;

/// <summary>
/// One problem found in input (a rule file, condition text, a dataset, an instrument definition, a decision-log
/// record): a stable code, a severity, a message naming the value and the rule broken, and where it is — the
/// document (<see cref="Source"/>), a JSON pointer (<see cref="JsonPointer"/>), a 1-based line and column, and for
/// tabular input the field (column) name. Every reader and validator of the SDK reports this one type.
/// </summary>
/// <remarks>
/// <para>
/// The type lives in the <c>PeerSupport.Rules</c> assembly because that is the lowest package: the rules engine
/// depends on no other PeerSupport package, and every other package references it. Its namespace is the root
/// namespace <c>PeerSupport</c>, shared by all packages, because the type is not about rules.
/// </para>
/// <para>
/// Text from input files reaches messages, so every problem is made safe to print on one terminal line: control
/// characters (including line breaks, ESC and BEL) and bidirectional overrides are shown as <c>\u001B</c>-style
/// escapes, the message and the JSON pointer are clipped to <see cref="MaxMessageLength"/> and
/// <see cref="MaxPointerLength"/> characters, the source and field to <see cref="MaxFieldLength"/>. Messages never contain fact values or other personal data beyond pseudonymous ids.
/// </para>
/// <para>Immutable and thread-safe; equal when every member is equal.</para>
/// </remarks>
public sealed class Problem : IEquatable<Problem>
{
    /// <summary>The most characters of a message (500); longer messages end in <c>…</c>.</summary>
    public const int MaxMessageLength = 500;

    /// <summary>The most characters of a source or field (80); longer ones end in <c>…</c>.</summary>
    public const int MaxFieldLength = 80;

    /// <summary>
    /// The most characters of a JSON pointer (500, as many as a message); longer ones end in <c>…</c>. Pointers are
    /// kept longer than fields so that one naming a long property can still be turned into a line and column.
    /// </summary>
    public const int MaxPointerLength = 500;

    /// <summary>The most characters of a code (64).</summary>
    public const int MaxCodeLength = 64;

    /// <summary>Initializes a new problem.</summary>
    /// <param name="severity">Error or warning.</param>
    /// <param name="code">A stable, lower-kebab-case code such as <c>unknown-fact</c> or <c>dangling-reference</c>.</param>
    /// <param name="message">What is wrong and which rule it breaks.</param>
    /// <param name="source">The file name or document, or <see langword="null"/> when not known.</param>
    /// <param name="jsonPointer">
    /// The JSON pointer (RFC 6901) of the offending value, e.g. <c>/rules/3/when</c>; the empty string for the whole
    /// document; <see langword="null"/> when the input is not JSON or the place is not known.
    /// </param>
    /// <param name="line">The 1-based line, or 0 when not known.</param>
    /// <param name="column">The 1-based column, or 0 when not known.</param>
    /// <param name="field">The field (a CSV column name, or the JSON path a parser stopped at), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">
    /// Thrown when <paramref name="code"/> is not lower-kebab-case of at most <see cref="MaxCodeLength"/> characters,
    /// <paramref name="message"/> is empty or white space, or <paramref name="jsonPointer"/> is neither empty nor starts with <c>/</c>.
    /// </exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="code"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Thrown when <paramref name="severity"/> is not defined, or <paramref name="line"/> or <paramref name="column"/> is negative.
    /// </exception>
    public Problem(ProblemSeverity severity, string code, string message, string? source = null, string? jsonPointer = null, int line = 0, int column = 0, string? field = null)
    {
        if (severity is not (ProblemSeverity.Error or ProblemSeverity.Warning))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "The severity must be Error or Warning.");
        }

        ArgumentNullException.ThrowIfNull(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        if (!IsCode(code))
        {
            throw new ArgumentException($"A problem code must be lower-kebab-case (a-z, 0-9 and single '-', starting with a letter), at most {MaxCodeLength} characters.", nameof(code));
        }

        if (jsonPointer is { Length: > 0 } && jsonPointer[0] != '/')
        {
            throw new ArgumentException("A JSON pointer must be empty (the whole document) or start with '/'.", nameof(jsonPointer));
        }

        Severity = severity;
        Code = code;
        Message = Sanitize(message, MaxMessageLength);
        Source = source is null ? null : Sanitize(source, MaxFieldLength);
        JsonPointer = jsonPointer is null ? null : Sanitize(jsonPointer, MaxPointerLength);
        Line = line;
        Column = column;
        Field = field is null ? null : Sanitize(field, MaxFieldLength);
    }

    /// <summary>Gets the severity.</summary>
    public ProblemSeverity Severity { get; }

    /// <summary>Gets the stable, lower-kebab-case problem code (see the lists in docs/rules.md and docs/dataset-format.md).</summary>
    public string Code { get; }

    /// <summary>Gets the message: what is wrong and which rule it breaks.</summary>
    public string Message { get; }

    /// <summary>Gets the file name or document, or <see langword="null"/> when not known.</summary>
    public string? Source { get; }

    /// <summary>
    /// Gets the JSON pointer (RFC 6901) of the offending value: the empty string for the whole document,
    /// <see langword="null"/> when the input is not JSON or the problem is located by line and column only.
    /// </summary>
    public string? JsonPointer { get; }

    /// <summary>
    /// Gets the 1-based line, or 0 when not known. When <see cref="JsonPointer"/> is set too, the line and column are inside the
    /// string value at the pointer (condition text or a reason in a rule file); otherwise they are in the whole document.
    /// </summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column, or 0 when not known (see <see cref="Line"/> for what it counts in).</summary>
    public int Column { get; }

    /// <summary>Gets the field: a CSV column name, or the JSON path a parser stopped at; <see langword="null"/> when not known.</summary>
    public string? Field { get; }

    /// <summary>Creates an error located by JSON pointer.</summary>
    /// <param name="code">The lower-kebab-case code.</param>
    /// <param name="jsonPointer">The JSON pointer of the offending value; empty for the whole document.</param>
    /// <param name="message">What is wrong and which rule it breaks.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentException">Thrown when an argument is invalid (see the constructor).</exception>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static Problem AtPointer(string code, string jsonPointer, string message)
    {
        ArgumentNullException.ThrowIfNull(jsonPointer);
        return new Problem(ProblemSeverity.Error, code, message, jsonPointer: jsonPointer);
    }

    /// <summary>Creates an error located by 1-based line and column in the text that was read.</summary>
    /// <param name="code">The lower-kebab-case code.</param>
    /// <param name="line">The 1-based line, or 0 when not known.</param>
    /// <param name="column">The 1-based column, or 0 when not known.</param>
    /// <param name="message">What is wrong and which rule it breaks.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentException">Thrown when an argument is invalid (see the constructor).</exception>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="line"/> or <paramref name="column"/> is negative.</exception>
    public static Problem AtLine(string code, int line, int column, string message) =>
        new(ProblemSeverity.Error, code, message, line: line, column: column);

    /// <summary>Returns a copy located under <paramref name="jsonPointer"/>, keeping the line and column (used when text parsed on its own, such as a condition, is embedded in a JSON document).</summary>
    /// <param name="jsonPointer">The JSON pointer of the text.</param>
    /// <returns>The relocated problem.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="jsonPointer"/> is neither empty nor starts with <c>/</c>.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="jsonPointer"/> is <see langword="null"/>.</exception>
    public Problem WithPointer(string jsonPointer)
    {
        ArgumentNullException.ThrowIfNull(jsonPointer);
        return new Problem(Severity, Code, Message, Source, jsonPointer, Line, Column, Field);
    }

    /// <summary>Returns a copy naming the document it was found in.</summary>
    /// <param name="source">The file name or document, or <see langword="null"/>.</param>
    /// <returns>The problem with <see cref="Source"/> set.</returns>
    public Problem WithSource(string? source) => new(Severity, Code, Message, source, JsonPointer, Line, Column, Field);

    /// <summary>
    /// Formats the problem on one line as <c>source:line:column: severity: pointer (line:column): message</c>, leaving
    /// out the parts that are not known; the field is shown (<c>severity: field: message</c>) only when neither the source
    /// nor a pointer is. For example <c>members.csv:3:3: error: joined_on '2026-13-01' is not a valid date</c> or
    /// <c>error: /rules/3/when (1:12): unknown fact 'phq9.itme9'; did you mean 'phq9.item9'?</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        var inDocument = JsonPointer is null && Line > 0;
        if (Source is not null)
        {
            text.Append(Source);
            if (inDocument)
            {
                AppendPosition(text.Append(':'), ':');
            }

            text.Append(": ");
        }
        else if (inDocument)
        {
            AppendPosition(text, ':').Append(": ");
        }

        text.Append(Severity == ProblemSeverity.Error ? "error: " : "warning: ");
        if (JsonPointer is { Length: > 0 })
        {
            text.Append(JsonPointer);
            if (Line > 0)
            {
                AppendPosition(text.Append(" ("), ':').Append(')');
            }

            text.Append(": ");
        }
        else if (Field is not null && Source is null && JsonPointer is null)
        {
            text.Append(Field).Append(": ");
        }

        return text.Append(Message).ToString();
    }

    /// <inheritdoc/>
    public bool Equals(Problem? other) =>
        other is not null
        && Severity == other.Severity
        && Line == other.Line
        && Column == other.Column
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal)
        && string.Equals(Source, other.Source, StringComparison.Ordinal)
        && string.Equals(JsonPointer, other.JsonPointer, StringComparison.Ordinal)
        && string.Equals(Field, other.Field, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Problem other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Severity);
        hash.Add(Code, StringComparer.Ordinal);
        hash.Add(Message, StringComparer.Ordinal);
        hash.Add(Source, StringComparer.Ordinal);
        hash.Add(JsonPointer, StringComparer.Ordinal);
        hash.Add(Line);
        hash.Add(Column);
        hash.Add(Field, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    private StringBuilder AppendPosition(StringBuilder text, char separator)
    {
        text.Append(CultureInfo.InvariantCulture, $"{Line}");
        return Column > 0 ? text.Append(separator).Append(CultureInfo.InvariantCulture, $"{Column}") : text;
    }

    private static bool IsCode(string code)
    {
        if (code.Length is 0 or > MaxCodeLength || code[0] is < 'a' or > 'z' || code[^1] == '-')
        {
            return false;
        }

        for (var i = 1; i < code.Length; i++)
        {
            var c = code[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && code[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static string Sanitize(string text, int max)
    {
        var clipped = text.Length > max;
        var span = clipped ? text.AsSpan(0, max - 1) : text.AsSpan();
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
