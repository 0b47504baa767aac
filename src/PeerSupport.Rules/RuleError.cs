using System.Globalization;

namespace PeerSupport.Rules;

/// <summary>
/// One problem found while loading or validating a rule set: where it is (a JSON pointer and, inside condition text,
/// a 1-based line and column) and which rule it breaks. Messages never contain fact values of a subject.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RuleError
{
    /// <summary>Creates an error.</summary>
    /// <param name="path">The JSON pointer of the offending value, e.g. <c>/rules/3/when</c>; empty for the document root.</param>
    /// <param name="line">The 1-based line inside the condition text (or JSON document), or 0 when not applicable.</param>
    /// <param name="column">The 1-based column inside the condition text (or JSON document), or 0 when not applicable.</param>
    /// <param name="message">What is wrong, naming the value and the rule broken.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="path"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="line"/> or <paramref name="column"/> is negative.</exception>
    public RuleError(string path, int line, int column, string message)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        Path = path.Length <= MaxMessageLength ? path : string.Concat(path.AsSpan(0, MaxMessageLength - 1), "…");
        Line = line;
        Column = column;
        // Messages echo names from the input; a hostile file must not make them huge.
        Message = message.Length <= MaxMessageLength ? message : string.Concat(message.AsSpan(0, MaxMessageLength - 1), "…");
    }

    /// <summary>The maximum length of a message or path in characters (500); longer ones are cut with an ellipsis.</summary>
    public const int MaxMessageLength = 500;

    /// <summary>Gets the JSON pointer (RFC 6901) of the offending value (empty for the root or for text parsed on its own).</summary>
    public string Path { get; }

    /// <summary>Gets the 1-based line, or 0 when not applicable.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column, or 0 when not applicable.</summary>
    public int Column { get; }

    /// <summary>Gets the message.</summary>
    public string Message { get; }

    /// <summary>Returns a copy located under <paramref name="path"/> (used when condition text is embedded in a file).</summary>
    /// <param name="path">The JSON pointer of the condition text.</param>
    /// <returns>The relocated error.</returns>
    public RuleError At(string path) => new(path, Line, Column, Message);

    /// <summary>Formats the error as <c>path (line:column): message</c>.</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString()
    {
        var location = Line > 0 ? string.Format(CultureInfo.InvariantCulture, " ({0}:{1})", Line, Column) : string.Empty;
        var prefix = Path.Length == 0 && location.Length == 0 ? string.Empty : Path + location + ": ";
        return prefix.TrimStart() + Message;
    }
}
