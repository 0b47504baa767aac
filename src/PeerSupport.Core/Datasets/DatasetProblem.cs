using System.Globalization;
using System.Text;

namespace PeerSupport.Datasets;

/// <summary>
/// One problem found while building or reading a dataset, located by file, line and column (or JSON
/// pointer) where known. Messages name the value and the rule broken and never contain personal data
/// beyond pseudonymous ids.
/// </summary>
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
        Message = message;
        Source = source;
        Line = line;
        Column = column;
        Field = field;
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
}
